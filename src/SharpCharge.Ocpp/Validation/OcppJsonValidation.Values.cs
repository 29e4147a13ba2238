using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using SharpCharge.Ocpp.Serialization;

namespace SharpCharge.Ocpp.Validation;

/// <summary>Checks of single values: strings, formats, numbers, booleans, enumerations.</summary>
internal static partial class OcppJsonValidation
{
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
}
