using System.Text;
using System.Text.Json;

namespace SharpCharge.SchemaGen.Schemas;

/// <summary>
/// The canonical text of a schema node: keys sorted, documentation keywords left out. Two definitions of one
/// type name must have the same signature, so a type is never generated from one file's variant only.
/// </summary>
internal static class SchemaSignature
{
    public static string Of(JsonElement schema)
    {
        var text = new StringBuilder();
        AppendSchema(text, schema);
        return text.ToString();
    }

    private static void AppendSchema(StringBuilder text, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            AppendValue(text, schema);
            return;
        }

        text.Append('{');
        foreach (var property in schema.EnumerateObject()
            .Where(p => !SchemaKeywords.Ignored.Contains(p.Name))
            .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(JsonSerializer.Serialize(property.Name)).Append(':');
            if (SchemaKeywords.SchemaMaps.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.Object)
            {
                // Names inside "properties" are data (a property may be called "id" or "description"), not keywords.
                text.Append('{');
                foreach (var entry in property.Value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    text.Append(JsonSerializer.Serialize(entry.Name)).Append(':');
                    AppendSchema(text, entry.Value);
                    text.Append(',');
                }

                text.Append('}');
            }
            else if (property.Name == "items")
            {
                AppendSchema(text, property.Value);
            }
            else
            {
                AppendValue(text, property.Value);
            }

            text.Append(',');
        }

        text.Append('}');
    }

    // Keyword values (enum lists, bounds) without the source file's whitespace.
    private static void AppendValue(StringBuilder text, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                text.Append('[');
                foreach (var item in value.EnumerateArray())
                {
                    AppendValue(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case JsonValueKind.Object:
                AppendSchema(text, value);
                break;
            case JsonValueKind.String:
                text.Append(JsonSerializer.Serialize(value.GetString()));
                break;
            default:
                text.Append(value.GetRawText());
                break;
        }
    }
}
