using System.Text;
using System.Text.Json.Nodes;
using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Samples;

/// <summary>
/// Builds payloads that satisfy a schema, for tests: a minimal one (required properties only, values on the
/// edge of their constraints) and a full one (every property, values inside their constraints).
/// </summary>
/// <remarks>
/// Minimal strings are exactly maxLength code points long and mix one- to four-byte UTF-8 characters, so a
/// validator counting bytes or UTF-16 units instead of characters fails them; after a round trip through
/// System.Text.Json they come back escaped, which exercises counting over escapes as well.
/// </remarks>
internal static class SampleBuilder
{
    /// <summary>The fixed time of minimal samples.</summary>
    public const string MinimalDateTime = "2024-01-02T03:04:05Z";

    /// <summary>The fixed time of full samples: with an offset and milliseconds, so writing it back changes its text but not its instant.</summary>
    public const string FullDateTime = "2024-01-02T04:04:05.678+01:00";

    /// <summary>An absolute URI for format: uri.</summary>
    public const string SampleUri = "https://example.com/ocpp/files?id=1";

    /// <summary>An undeclared member added to open objects (CustomDataType) in full samples; it must survive a round trip.</summary>
    public const string ExtensionMember = "vendorExtension";

    // One-, two-, three- and four-byte UTF-8 characters (the last is a surrogate pair in UTF-16).
    private static readonly string[] MixedCharacters = ["A", "é", "€", "😀"];

    // Types nest a handful of levels deep; far more means a type contains itself.
    private const int MaxDepth = 32;

    public static JsonObject Minimal(SchemaType type) => BuildObject(type, full: false, depth: 0);

    public static JsonObject Full(SchemaType type) => BuildObject(type, full: true, depth: 0);

    private static JsonObject BuildObject(SchemaType type, bool full, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new SchemaGenException($"{type.Name} nests deeper than {MaxDepth} levels; a type probably contains itself.");
        }

        var result = new JsonObject();
        foreach (var property in type.Properties.Where(p => full || p.Required))
        {
            result[property.JsonName] = BuildValue(property.Value, full, depth);
        }

        if (full && type.AdditionalProperties)
        {
            result[ExtensionMember] = new JsonObject { ["level"] = 2, ["tags"] = new JsonArray("a", "b") };
        }

        return result;
    }

    private static JsonNode BuildValue(SchemaValue value, bool full, int depth) => value.Kind switch
    {
        SchemaValueKind.String => JsonValue.Create(SampleString(value.MaxLength, full)),
        SchemaValueKind.Uri when value.MaxLength < SampleUri.Length => throw new SchemaGenException("A uri with a maxLength shorter than the sample URI."),
        SchemaValueKind.Uri => JsonValue.Create(SampleUri),
        SchemaValueKind.DateTime => JsonValue.Create(full ? FullDateTime : MinimalDateTime),
        SchemaValueKind.Integer => JsonValue.Create((int)(full ? FullNumber(value, 7m) : MinimalNumber(value))),
        SchemaValueKind.Number => JsonValue.Create(full ? FullNumber(value, 12.5m) : MinimalNumber(value)),
        SchemaValueKind.Boolean => JsonValue.Create(full),
        SchemaValueKind.Enum => JsonValue.Create(full ? value.Type!.EnumValues[^1] : value.Type!.EnumValues[0]),
        SchemaValueKind.Object => BuildObject(value.Type!, full, depth + 1),
        SchemaValueKind.Array => BuildArray(value, full, depth),
        SchemaValueKind.Any => full ? new JsonObject { ["vendorKey"] = new JsonArray(1, "two", true) } : JsonValue.Create("x"),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, null),
    };

    private static JsonArray BuildArray(SchemaValue array, bool full, int depth)
    {
        var count = full
            ? Math.Clamp(2, array.MinItems ?? 0, array.MaxItems ?? int.MaxValue)
            : array.MinItems ?? 0;
        var result = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            result.Add(BuildValue(array.Items!, full, depth + 1));
        }

        return result;
    }

    /// <summary>Minimal: exactly maxLength characters, or empty when there is no limit. Full: a short text.</summary>
    private static string SampleString(int? maxLength, bool full)
    {
        var length = full ? Math.Min(maxLength ?? 12, 12) : maxLength ?? 0;
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            text.Append(MixedCharacters[i % MixedCharacters.Length]);
        }

        return text.ToString();
    }

    /// <summary>The minimum, or 0 when allowed, or the maximum when that is below 0.</summary>
    private static decimal MinimalNumber(SchemaValue value)
        => value.Minimum ?? (value.Maximum < 0 ? value.Maximum.Value : 0m);

    /// <summary>A value inside the bounds: the maximum when there is one, else <paramref name="preferred"/>, kept a multiple of multipleOf.</summary>
    private static decimal FullNumber(SchemaValue value, decimal preferred)
    {
        var result = value.Maximum ?? Math.Max(preferred, value.Minimum ?? preferred);
        if (value.Maximum is { } maximum && value.Minimum is null)
        {
            // Below the maximum rather than on it, so both edges of the range are not all the samples test.
            result = maximum - 2.5m;
        }

        if (value.MultipleOf is { } step)
        {
            result = Math.Floor(result / step) * step;
        }

        if (result < value.Minimum || result > value.Maximum)
        {
            throw new SchemaGenException($"No sample value fits minimum {value.Minimum}, maximum {value.Maximum}, multipleOf {value.MultipleOf}.");
        }

        return result;
    }
}
