using System.Buffers;
using System.Text.Json;

namespace SharpCharge.Ocpp.Validation;

/// <summary>Reading raw JSON string and number tokens without allocating: code points, escapes, URI syntax.</summary>
internal static partial class OcppJsonValidation
{
    // Longer numbers than this cannot be an int or a decimal; they are reported as out of range.
    private const int MaxNumberLength = 128;

    /// <summary>Counts Unicode code points of the string under the reader, without unescaping it, up to the limit.</summary>
    internal static bool IsWithinLength(ref Utf8JsonReader reader, int maxLength)
    {
        if (!reader.HasValueSequence)
        {
            // Every code point takes at least one raw byte, so a short raw value needs no counting.
            var raw = reader.ValueSpan;
            return raw.Length <= maxLength || CountCodePoints(raw, reader.ValueIsEscaped) <= maxLength;
        }

        var length = checked((int)reader.ValueSequence.Length);
        if (length <= maxLength)
        {
            return true;
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            reader.ValueSequence.CopyTo(rented);
            return CountCodePoints(rented.AsSpan(0, length), reader.ValueIsEscaped) <= maxLength;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }

    /// <summary>
    /// Code points in raw (possibly escaped) JSON string content: a UTF-8 lead byte or an escape is one, and
    /// an escaped surrogate pair (<c>\uD83D\uDE00</c>) is one as well.
    /// </summary>
    internal static int CountCodePoints(ReadOnlySpan<byte> raw, bool escaped)
    {
        var count = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var b = raw[i];
            if (escaped && b == '\\' && i + 1 < raw.Length)
            {
                if (raw[i + 1] == 'u' && i + 6 <= raw.Length)
                {
                    var isHighSurrogate = IsHighSurrogateEscape(raw.Slice(i + 2, 4));
                    i += 6;
                    if (isHighSurrogate && i + 6 <= raw.Length && raw[i] == '\\' && raw[i + 1] == 'u' && IsLowSurrogateEscape(raw.Slice(i + 2, 4)))
                    {
                        i += 6;
                    }
                }
                else
                {
                    i += 2;
                }

                count++;
                continue;
            }

            // Continuation bytes (10xxxxxx) belong to the code point their lead byte started.
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }

            i++;
        }

        return count;
    }

    /// <summary>
    /// RFC 3986 §4.3 absolute-URI syntax: a scheme, a colon, then only URI characters and well-formed
    /// percent-escapes. No spaces, no raw non-ASCII (IRIs are not URIs).
    /// </summary>
    internal static bool IsAbsoluteUri(ReadOnlySpan<byte> text)
    {
        var colon = text.IndexOf((byte)':');
        if (colon < 1 || !char.IsAsciiLetter((char)text[0]))
        {
            return false;
        }

        foreach (var b in text[1..colon])
        {
            if (!char.IsAsciiLetterOrDigit((char)b) && b is not ((byte)'+' or (byte)'-' or (byte)'.'))
            {
                return false;
            }
        }

        var rest = text[(colon + 1)..];
        for (var i = 0; i < rest.Length; i++)
        {
            var b = rest[i];
            if (b == '%')
            {
                if (i + 2 >= rest.Length || !char.IsAsciiHexDigit((char)rest[i + 1]) || !char.IsAsciiHexDigit((char)rest[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (!IsUriCharacter(b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUriCharacter(byte b)
        => char.IsAsciiLetterOrDigit((char)b)
            || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' // unreserved
            or (byte)':' or (byte)'/' or (byte)'?' or (byte)'#' or (byte)'[' or (byte)']' or (byte)'@' // gen-delims
            or (byte)'!' or (byte)'$' or (byte)'&' or (byte)'\'' or (byte)'(' or (byte)')' // sub-delims
            or (byte)'*' or (byte)'+' or (byte)',' or (byte)';' or (byte)'=';

    private static bool IsHighSurrogateEscape(ReadOnlySpan<byte> hex)
        => (hex[0] | 0x20) == 'd' && (hex[1] | 0x20) is (byte)'8' or (byte)'9' or (byte)'a' or (byte)'b';

    private static bool IsLowSurrogateEscape(ReadOnlySpan<byte> hex)
        => (hex[0] | 0x20) == 'd' && (hex[1] | 0x20) is (byte)'c' or (byte)'d' or (byte)'e' or (byte)'f';

    /// <summary>True when an integer token has neither fraction nor exponent (1.0 and 1e2 are not integers here).</summary>
    private static bool IsPlainInteger(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence)
        {
            return reader.ValueSpan.IndexOfAny(".eE"u8) < 0;
        }

        if (reader.ValueSequence.Length > MaxNumberLength)
        {
            // Too long to be an int anyway; TryGetInt32 then reports it as out of range.
            return true;
        }

        Span<byte> copy = stackalloc byte[MaxNumberLength];
        reader.ValueSequence.CopyTo(copy);
        return copy[..(int)reader.ValueSequence.Length].IndexOfAny(".eE"u8) < 0;
    }

    /// <summary>Applies <paramref name="test"/> to the unescaped content of the string under the reader.</summary>
    private static bool WithUnescaped(ref Utf8JsonReader reader, Func<ReadOnlySpan<byte>, bool> test)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return test(reader.ValueSpan);
        }

        const int StackLength = 256;
        var rawLength = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        byte[]? rented = null;
        Span<byte> buffer = rawLength <= StackLength ? stackalloc byte[StackLength] : (rented = ArrayPool<byte>.Shared.Rent(rawLength));
        try
        {
            return test(buffer[..reader.CopyString(buffer)]);
        }
        catch (InvalidOperationException)
        {
            // An escape that is not valid UTF-16 (a lone surrogate) cannot match any value or format.
            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented, clearArray: true);
            }
        }
    }
}
