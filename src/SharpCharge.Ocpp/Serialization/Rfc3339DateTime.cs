using System.Buffers;
using System.Text.Json;

namespace SharpCharge.Ocpp.Serialization;

/// <summary>
/// Reads and writes the date-time format of the OCPP schemas: RFC 3339 §5.6 (<c>2019-04-12T23:20:50.52Z</c>,
/// <c>2019-12-19T16:39:57+01:00</c>). The validators and <see cref="OcppDateTimeOffsetConverter"/> share this
/// parser, so whatever validates also deserializes.
/// </summary>
/// <remarks>
/// Stricter than <see cref="Utf8JsonReader.TryGetDateTimeOffset"/>, which also takes a date alone or a time
/// without offset: RFC 3339 requires seconds and an offset. <c>T</c> and <c>Z</c> may be lower case (RFC 3339
/// §5.6 note). Leap seconds (<c>:60</c>) cannot be represented and are refused. Fraction digits beyond the
/// 100 ns resolution of <see cref="DateTimeOffset"/> are truncated. An offset beyond ±14:00 (legal in RFC 3339,
/// not in <see cref="DateTimeOffset"/>) is read as the same instant in UTC.
/// </remarks>
internal static class Rfc3339DateTime
{
    /// <summary>Length of the longest written form, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    internal const int MaxFormattedLength = 24;

    // Longer raw strings are still read (fractions may have any number of digits), through a pooled buffer.
    private const int StackLength = 64;

    private static readonly long MaxOffsetTicks = TimeSpan.FromHours(14).Ticks;

    /// <summary>Parses the string token under <paramref name="reader"/>, unescaping it first when needed.</summary>
    internal static bool TryParse(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return TryParse(reader.ValueSpan, out value);
        }

        var rawLength = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        byte[]? rented = null;
        Span<byte> buffer = rawLength <= StackLength
            ? stackalloc byte[StackLength]
            : (rented = ArrayPool<byte>.Shared.Rent(rawLength));
        try
        {
            var written = reader.CopyString(buffer);
            return TryParse(buffer[..written], out value);
        }
        catch (InvalidOperationException)
        {
            // CopyString refuses escapes that do not form valid UTF-16 (a lone surrogate): not a date-time.
            value = default;
            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Parses <c>date-time</c> of RFC 3339 §5.6 from UTF-8 text.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;

        // full-date "T" partial-time without fraction: "yyyy-MM-ddTHH:mm:ss", then at least "Z".
        if (text.Length < 20
            || !TryDigits(text.Slice(0, 4), out var year) || text[4] != '-'
            || !TryDigits(text.Slice(5, 2), out var month) || text[7] != '-'
            || !TryDigits(text.Slice(8, 2), out var day) || (text[10] | 0x20) != 't'
            || !TryDigits(text.Slice(11, 2), out var hour) || text[13] != ':'
            || !TryDigits(text.Slice(14, 2), out var minute) || text[16] != ':'
            || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        var position = 19;
        long fractionTicks = 0;
        if (text[position] == '.')
        {
            position++;
            var firstDigit = position;
            var scale = TimeSpan.TicksPerSecond;
            while (position < text.Length && IsDigit(text[position]))
            {
                if (scale > 1)
                {
                    scale /= 10;
                    fractionTicks += (text[position] - '0') * scale;
                }

                position++;
            }

            if (position == firstDigit)
            {
                return false;
            }
        }

        if (position >= text.Length)
        {
            return false;
        }

        long offsetTicks;
        if ((text[position] | 0x20) == 'z')
        {
            offsetTicks = 0;
            position++;
        }
        else if (text[position] is (byte)'+' or (byte)'-')
        {
            if (text.Length - position < 6
                || !TryDigits(text.Slice(position + 1, 2), out var offsetHour) || text[position + 3] != ':'
                || !TryDigits(text.Slice(position + 4, 2), out var offsetMinute)
                || offsetHour > 23 || offsetMinute > 59)
            {
                return false;
            }

            offsetTicks = (offsetHour * TimeSpan.TicksPerHour) + (offsetMinute * TimeSpan.TicksPerMinute);
            if (text[position] == '-')
            {
                offsetTicks = -offsetTicks;
            }

            position += 6;
        }
        else
        {
            return false;
        }

        if (position != text.Length
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var localTicks = new DateTime(year, month, day, hour, minute, second).Ticks + fractionTicks;
        var utcTicks = localTicks - offsetTicks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        if (Math.Abs(offsetTicks) > MaxOffsetTicks)
        {
            value = new DateTimeOffset(utcTicks, TimeSpan.Zero);
        }
        else
        {
            if (localTicks < DateTime.MinValue.Ticks || localTicks > DateTime.MaxValue.Ticks)
            {
                return false;
            }

            value = new DateTimeOffset(localTicks, TimeSpan.FromTicks(offsetTicks));
        }

        return true;
    }

    /// <summary>
    /// Writes <paramref name="value"/> in UTC with a <c>Z</c> suffix, with milliseconds only when they are not
    /// zero and at most three fraction digits (OCPP 2.0.1 Part 2 §2.1.2); sub-millisecond ticks are dropped.
    /// </summary>
    /// <returns>The number of bytes written; <paramref name="destination"/> needs <see cref="MaxFormattedLength"/> bytes.</returns>
    internal static int FormatUtc(DateTimeOffset value, Span<byte> destination)
    {
        var utc = value.UtcDateTime;
        WriteDigits(destination.Slice(0, 4), utc.Year);
        destination[4] = (byte)'-';
        WriteDigits(destination.Slice(5, 2), utc.Month);
        destination[7] = (byte)'-';
        WriteDigits(destination.Slice(8, 2), utc.Day);
        destination[10] = (byte)'T';
        WriteDigits(destination.Slice(11, 2), utc.Hour);
        destination[13] = (byte)':';
        WriteDigits(destination.Slice(14, 2), utc.Minute);
        destination[16] = (byte)':';
        WriteDigits(destination.Slice(17, 2), utc.Second);
        var length = 19;
        var milliseconds = utc.Millisecond;
        if (milliseconds != 0)
        {
            destination[length++] = (byte)'.';
            WriteDigits(destination.Slice(length, 3), milliseconds);
            length += 3;
            while (destination[length - 1] == '0')
            {
                length--;
            }
        }

        destination[length++] = (byte)'Z';
        return length;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!IsDigit(digit))
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    private static bool IsDigit(byte value) => (uint)(value - '0') <= 9;

    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
