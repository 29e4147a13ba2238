using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using SharpCharge.Ocpp.Serialization;

namespace SharpCharge.Ocpp.Validation;

/// <summary>
/// The checks that the generated validators (Messages/V16, V201, V21) are made of. Each takes the reader on a
/// value, returns true when the value keeps its schema constraint, and allocates nothing then; text for the
/// error path and message is only built when a check fails.
/// </summary>
/// <remarks>
/// Messages always start with the error path, so <see cref="Nest"/> can prefix the path of an enclosing property.
/// Malformed JSON is not a schema defect: the reader throws <see cref="JsonException"/> as it always does.
/// </remarks>
internal static class OcppJsonValidation
{
    // Longer numbers than this cannot be an int or a decimal; they are reported as out of range.
    private const int MaxNumberLength = 128;

    /// <summary>Starts a payload: the reader must be on (or, when not yet started, before) a JSON object.</summary>
    public static bool StartPayload(ref Utf8JsonReader reader, [NotNullWhen(false)] out OcppValidationError? error)
    {
        if (reader.TokenType == JsonTokenType.None)
        {
            Advance(ref reader);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            error = new OcppValidationError(OcppValidationErrorKind.PayloadNotObject, "", "The payload must be a JSON object.");
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Moves to the next property name of the current object; false when the object ends.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>
    /// Marks a known property as seen (a second occurrence is a <see cref="OcppValidationErrorKind.DuplicateProperty"/>)
    /// and moves the reader onto its value.
    /// </summary>
    public static bool EnterProperty(ref Utf8JsonReader reader, ref ulong seen, ulong bit, string name, [NotNullWhen(false)] out OcppValidationError? error)
    {
        if ((seen & bit) != 0)
        {
            error = Fail(OcppValidationErrorKind.DuplicateProperty, name, "appears more than once");
            return false;
        }

        seen |= bit;
        Advance(ref reader);
        error = null;
        return true;
    }

    /// <summary>Refuses the property under the reader, which the schema does not define (additionalProperties: false).</summary>
    public static bool UnknownProperty(ref Utf8JsonReader reader, string typeName, [NotNullWhen(false)] out OcppValidationError? error)
    {
        error = Fail(OcppValidationErrorKind.UnknownProperty, reader.GetString() ?? "", $"is not a property of {typeName}");
        return false;
    }

    /// <summary>Steps over a property the schema allows without describing it (open objects such as CustomDataType).</summary>
    public static void SkipProperty(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        reader.Skip();
    }

    /// <summary>The error for a required property that never appeared.</summary>
    public static OcppValidationError MissingRequired(string name) => Fail(OcppValidationErrorKind.MissingRequired, name, "is required but missing");

    /// <summary>A string, at most <paramref name="maxLength"/> Unicode characters (code points, as JSON Schema counts).</summary>
    public static bool CheckString(ref Utf8JsonReader reader, OcppJsonPathSegment at, [NotNullWhen(false)] out OcppValidationError? error, int maxLength = int.MaxValue)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            error = WrongType(ref reader, at, "a string");
            return false;
        }

        if (maxLength != int.MaxValue && !IsWithinLength(ref reader, maxLength))
        {
            error = Fail(OcppValidationErrorKind.StringTooLong, at, $"is longer than {maxLength} characters");
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>A string holding an RFC 3339 date-time (format: date-time).</summary>
    public static bool CheckDateTime(ref Utf8JsonReader reader, OcppJsonPathSegment at, [NotNullWhen(false)] out OcppValidationError? error)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            error = WrongType(ref reader, at, "a string");
            return false;
        }

        if (!Rfc3339DateTime.TryParse(ref reader, out _))
        {
            error = Fail(OcppValidationErrorKind.InvalidFormat, at, "is not an RFC 3339 date-time");
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>A string holding an absolute URI (format: uri, RFC 3986 §4.3).</summary>
    public static bool CheckUri(ref Utf8JsonReader reader, OcppJsonPathSegment at, [NotNullWhen(false)] out OcppValidationError? error, int maxLength = int.MaxValue)
    {
        if (!CheckString(ref reader, at, out error, maxLength))
        {
            return false;
        }

        if (!WithUnescaped(ref reader, IsAbsoluteUri))
        {
            error = Fail(OcppValidationErrorKind.InvalidFormat, at, "is not an absolute URI");
            return false;
        }

        return true;
    }

    /// <summary>A JSON number without fraction or exponent that fits a 32-bit integer, within the given bounds.</summary>
    public static bool CheckInteger(ref Utf8JsonReader reader, OcppJsonPathSegment at, [NotNullWhen(false)] out OcppValidationError? error, int minimum = int.MinValue, int maximum = int.MaxValue)
    {
        if (reader.TokenType != JsonTokenType.Number || !IsPlainInteger(ref reader))
        {
            error = WrongType(ref reader, at, "an integer");
            return false;
        }

        if (!reader.TryGetInt32(out var value))
        {
            error = Fail(OcppValidationErrorKind.NumberOutOfRange, at, "does not fit a 32-bit integer");
            return false;
        }

        if (value < minimum)
        {
            error = Fail(OcppValidationErrorKind.NumberOutOfRange, at, $"is less than {minimum.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        if (value > maximum)
        {
            error = Fail(OcppValidationErrorKind.NumberOutOfRange, at, $"is greater than {maximum.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>A JSON number that fits a <see cref="decimal"/>, within the given bounds and a multiple of <paramref name="multipleOf"/>.</summary>
    public static bool CheckNumber(ref Utf8JsonReader reader, OcppJsonPathSegment at, [NotNullWhen(false)] out OcppValidationError? error, decimal? minimum = null, decimal? maximum = null, decimal? multipleOf = null)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            error = WrongType(ref reader, at, "a number");
            return false;
        }

        if (!reader.TryGetDecimal(out var value))
        {
            error = Fail(OcppValidationErrorKind.NumberOutOfRange, at, "does not fit a decimal number");
            return false;
        }

        if (value < minimum)
        {
            error = Fail(OcppValidationErrorKind.NumberOutOfRange, at, $"is less than {minimum.Value.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        if (value > maximum)
        {
            error = Fail(OcppValidationErrorKind.NumberOutOfRange, at, $"is greater than {maximum.Value.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        // decimal arithmetic is exact for the schema steps (0.1), unlike double.
        if (multipleOf is { } step && value % step != 0m)
        {
            error = Fail(OcppValidationErrorKind.NumberOutOfRange, at, $"is not a multiple of {step.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>A JSON true or false.</summary>
    public static bool CheckBoolean(ref Utf8JsonReader reader, OcppJsonPathSegment at, [NotNullWhen(false)] out OcppValidationError? error)
    {
        if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            error = WrongType(ref reader, at, "true or false");
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Any JSON value but null (a property without a type, such as the 2.x DataTransfer data); the reader ends on its last token.</summary>
    public static bool CheckAny(ref Utf8JsonReader reader, OcppJsonPathSegment at, [NotNullWhen(false)] out OcppValidationError? error)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            error = WrongType(ref reader, at, "a value");
            return false;
        }

        reader.Skip();
        error = null;
        return true;
    }

    /// <summary>A string that is one of an enumeration's values, matched exactly (case-sensitive) after unescaping.</summary>
    public static bool CheckEnum(ref Utf8JsonReader reader, OcppJsonPathSegment at, string enumName, Func<ReadOnlySpan<byte>, bool> isDefined, [NotNullWhen(false)] out OcppValidationError? error)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            error = WrongType(ref reader, at, "a string");
            return false;
        }

        if (!WithUnescaped(ref reader, isDefined))
        {
            error = Fail(OcppValidationErrorKind.NotInEnum, at, $"is not a {enumName} value");
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The start of a nested object; the generated type's ValidateObject takes it from there.</summary>
    public static bool CheckObject(ref Utf8JsonReader reader, OcppJsonPathSegment at, [NotNullWhen(false)] out OcppValidationError? error)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            error = WrongType(ref reader, at, "an object");
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The start of an array; items follow with <see cref="NextItem"/>.</summary>
    public static bool CheckArray(ref Utf8JsonReader reader, OcppJsonPathSegment at, [NotNullWhen(false)] out OcppValidationError? error)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            error = WrongType(ref reader, at, "an array");
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Moves to the next item of the current array; false when the array ends.</summary>
    public static bool NextItem(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>The error for an array shorter than minItems.</summary>
    public static OcppValidationError TooFewItems(OcppJsonPathSegment at, int minItems)
        => Fail(OcppValidationErrorKind.TooFewItems, at, $"must contain at least {Items(minItems)}");

    /// <summary>The error for an array longer than maxItems.</summary>
    public static OcppValidationError TooManyItems(OcppJsonPathSegment at, int maxItems)
        => Fail(OcppValidationErrorKind.TooManyItems, at, $"must contain at most {Items(maxItems)}");

    /// <summary>Places an error found inside a nested object under the property (or item) that holds the object.</summary>
    public static OcppValidationError Nest(OcppJsonPathSegment at, OcppValidationError inner)
    {
        var prefix = at.ToString();
        if (inner.Path.Length == 0)
        {
            return inner with { Path = prefix, Message = $"{prefix}: {inner.Message}" };
        }

        var path = inner.Path[0] == '[' ? prefix + inner.Path : $"{prefix}.{inner.Path}";
        var message = inner.Message.StartsWith(inner.Path, StringComparison.Ordinal)
            ? path + inner.Message[inner.Path.Length..]
            : $"{path}: {inner.Message}";
        return inner with { Path = path, Message = message };
    }

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

    private static OcppValidationError WrongType(ref Utf8JsonReader reader, OcppJsonPathSegment at, string expected)
        => reader.TokenType == JsonTokenType.Null
            ? Fail(OcppValidationErrorKind.WrongType, at, "is null; OCPP omits a property that has no value")
            : Fail(OcppValidationErrorKind.WrongType, at, $"must be {expected}");

    private static OcppValidationError Fail(OcppValidationErrorKind kind, OcppJsonPathSegment at, string constraint)
    {
        var path = at.ToString();
        return new OcppValidationError(kind, path, $"{path} {constraint}.");
    }

    private static string Items(int count) => count == 1 ? "1 item" : $"{count.ToString(CultureInfo.InvariantCulture)} items";

    private static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            // Only a reader over a partial buffer (isFinalBlock: false) stops inside a value.
            throw new JsonException("The payload ends before its JSON value is complete.");
        }
    }
}
