using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

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
internal static partial class OcppJsonValidation
{
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
