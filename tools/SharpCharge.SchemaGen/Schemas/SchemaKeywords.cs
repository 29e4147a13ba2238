namespace SharpCharge.SchemaGen.Schemas;

/// <summary>
/// The JSON Schema keywords the OCPP schemas use. Anything else fails generation, so a constraint is never
/// silently dropped when the OCA publishes a schema that uses more of JSON Schema.
/// </summary>
internal static class SchemaKeywords
{
    /// <summary>Keywords that carry no constraint: documentation, identifiers, and defaults a receiver does not apply.</summary>
    public static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "id", "title", "description", "comment", "$comment", "javaType", "default",

        // Only meaningful when "items" is a list of schemas; the OCPP schemas always give one schema.
        "additionalItems",
    };

    /// <summary>Keywords the generator turns into types and checks.</summary>
    public static readonly HashSet<string> Understood = new(StringComparer.Ordinal)
    {
        "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "maxLength",
        "minimum", "maximum", "multipleOf", "format", "enum", "$ref", "definitions",
    };

    /// <summary>Keywords whose value is a map from names to schemas, not a schema.</summary>
    public static readonly HashSet<string> SchemaMaps = new(StringComparer.Ordinal) { "properties", "definitions" };
}
