using System.Globalization;
using System.Text.Json;
using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Schemas;

/// <summary>Property values: their JSON type, their constraints, and the named types they refer to.</summary>
internal sealed partial class SchemaReader
{
    private SchemaValue ReadValue(JsonElement schema, string owner, string property, FileContext context)
    {
        var at = $"{owner}.{property}";
        if (schema.TryGetProperty("$ref", out var reference))
        {
            CheckKeywords(schema, at, context, "$ref");
            return ReadReference(reference.GetString()!, at, context);
        }

        var type = TypeOf(schema);
        switch (type)
        {
            case null:
                CheckKeywords(schema, at, context);
                return new SchemaValue(SchemaValueKind.Any);

            case "string" when schema.TryGetProperty("enum", out _):
                // 1.6 core writes "additionalProperties": false on its enums, where it means nothing.
                CheckKeywords(schema, at, context, "type", "enum", "additionalProperties");
                var enumName = InlineName(owner, property, SchemaTypeKind.Enum, context);
                return new SchemaValue(SchemaValueKind.Enum) { Type = Declare(enumName, schema, SchemaTypeKind.Enum, SchemaTypeRole.Enum, context) };

            case "string":
                CheckKeywords(schema, at, context, "type", "maxLength", "format");
                var kind = schema.TryGetProperty("format", out var format)
                    ? format.GetString() switch
                    {
                        "date-time" => SchemaValueKind.DateTime,
                        "uri" => SchemaValueKind.Uri,
                        var other => throw new SchemaGenException($"{context.File.Origin}: {at} has format '{other}', which is not supported."),
                    }
                    : SchemaValueKind.String;
                return new SchemaValue(kind) { MaxLength = IntegerKeyword(schema, "maxLength", at, context) };

            case "integer":
                CheckKeywords(schema, at, context, "type", "minimum", "maximum");
                return new SchemaValue(SchemaValueKind.Integer)
                {
                    Minimum = IntegerBound(schema, "minimum", at, context),
                    Maximum = IntegerBound(schema, "maximum", at, context),
                };

            case "number":
                CheckKeywords(schema, at, context, "type", "minimum", "maximum", "multipleOf");
                var multipleOf = DecimalKeyword(schema, "multipleOf");
                if (multipleOf <= 0)
                {
                    throw new SchemaGenException($"{context.File.Origin}: {at} has a multipleOf that is not positive.");
                }

                return new SchemaValue(SchemaValueKind.Number)
                {
                    Minimum = DecimalKeyword(schema, "minimum"),
                    Maximum = DecimalKeyword(schema, "maximum"),
                    MultipleOf = multipleOf,
                };

            case "boolean":
                CheckKeywords(schema, at, context, "type");
                return new SchemaValue(SchemaValueKind.Boolean);

            case "object":
                var objectName = InlineName(owner, property, SchemaTypeKind.Object, context);
                return new SchemaValue(SchemaValueKind.Object) { Type = Declare(objectName, schema, SchemaTypeKind.Object, SchemaTypeRole.Datatype, context) };

            case "array":
                CheckKeywords(schema, at, context, "type", "items", "minItems", "maxItems");
                if (!schema.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Object)
                {
                    throw new SchemaGenException($"{context.File.Origin}: {at} is an array without a single item schema.");
                }

                var itemValue = ReadValue(items, owner, property, context);
                if (itemValue.Kind == SchemaValueKind.Array)
                {
                    throw new SchemaGenException($"{context.File.Origin}: {at} is an array of arrays, which is not supported.");
                }

                var minItems = IntegerKeyword(schema, "minItems", at, context);
                var maxItems = IntegerKeyword(schema, "maxItems", at, context);
                if (maxItems < 1 || maxItems < minItems)
                {
                    throw new SchemaGenException($"{context.File.Origin}: {at} allows no items at all.");
                }

                return new SchemaValue(SchemaValueKind.Array) { Items = itemValue, MinItems = minItems, MaxItems = maxItems };

            default:
                throw new SchemaGenException($"{context.File.Origin}: {at} has type '{type}', which is not supported.");
        }
    }

    private SchemaValue ReadReference(string reference, string at, FileContext context)
    {
        if (!reference.StartsWith(DefinitionPrefix, StringComparison.Ordinal))
        {
            throw new SchemaGenException($"{context.File.Origin}: {at} refers to '{reference}'; only local definitions are supported.");
        }

        var name = reference[DefinitionPrefix.Length..];
        if (context.Definitions.ValueKind != JsonValueKind.Object || !context.Definitions.TryGetProperty(name, out var definition))
        {
            throw new SchemaGenException($"{context.File.Origin}: {at} refers to the missing definition '{name}'.");
        }

        if (definition.TryGetProperty("enum", out _))
        {
            CheckKeywords(definition, name, context, "type", "enum", "additionalProperties");
            return new SchemaValue(SchemaValueKind.Enum) { Type = Declare(name, definition, SchemaTypeKind.Enum, SchemaTypeRole.Enum, context) };
        }

        if (TypeOf(definition) != "object")
        {
            throw new SchemaGenException($"{context.File.Origin}: definition '{name}' is neither an object nor an enumeration.");
        }

        return new SchemaValue(SchemaValueKind.Object) { Type = Declare(name, definition, SchemaTypeKind.Object, SchemaTypeRole.Datatype, context) };
    }

    private static string InlineName(string owner, string property, SchemaTypeKind kind, FileContext context)
    {
        if (!context.File.Source.InlineTypes)
        {
            throw new SchemaGenException(
                $"{context.File.Origin}: {owner}.{property} defines an {kind.ToString().ToLowerInvariant()} inline; {context.File.Source.Folder} schemas are expected to name their types in definitions.");
        }

        return InlineTypeNames.Resolve(owner, property, kind, context.File.Origin);
    }

    private static IReadOnlyList<string> ReadEnumValues(string name, JsonElement schema, FileContext context, IReadOnlyList<string> errata)
    {
        if (TypeOf(schema) != "string")
        {
            throw new SchemaGenException($"{context.File.Origin}: enumeration {name} is not of type string.");
        }

        var values = new List<string>();
        foreach (var value in schema.GetProperty("enum").EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                throw new SchemaGenException($"{context.File.Origin}: enumeration {name} has a value that is not a string.");
            }

            values.Add(value.GetString()!);
        }

        if (values.Count == 0 || values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            throw new SchemaGenException($"{context.File.Origin}: enumeration {name} is empty or lists a value twice.");
        }

        // After the schema's own values, and only those a later schema edition has not added itself.
        values.AddRange(errata.Where(value => !values.Contains(value, StringComparer.Ordinal)));

        // Fail now, naming the file, rather than when the enum is emitted.
        _ = NameRules.EnumMemberNames(name, values);
        return values;
    }

    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        return type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : throw new SchemaGenException($"A schema with several types ({type.GetRawText()}) is not supported.");
    }

    private static void CheckKeywords(JsonElement schema, string at, FileContext context, params string[] allowed)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (SchemaKeywords.Ignored.Contains(keyword.Name) || allowed.Contains(keyword.Name))
            {
                continue;
            }

            throw new SchemaGenException(SchemaKeywords.Understood.Contains(keyword.Name)
                ? $"{context.File.Origin}: {at} uses '{keyword.Name}' where the generator does not expect it."
                : $"{context.File.Origin}: {at} uses the keyword '{keyword.Name}', which the generator does not support.");
        }
    }

    private static int? IntegerKeyword(JsonElement schema, string keyword, string at, FileContext context)
    {
        if (!schema.TryGetProperty(keyword, out var value))
        {
            return null;
        }

        return value.TryGetInt32(out var result) && result >= 0
            ? result
            : throw new SchemaGenException($"{context.File.Origin}: {at} has {keyword} {value.GetRawText()}, which is not a count.");
    }

    private static decimal? IntegerBound(JsonElement schema, string keyword, string at, FileContext context)
    {
        var value = DecimalKeyword(schema, keyword);
        if (value is { } bound && (bound != decimal.Truncate(bound) || bound < int.MinValue || bound > int.MaxValue))
        {
            throw new SchemaGenException($"{context.File.Origin}: {at} has {keyword} {bound.ToString(CultureInfo.InvariantCulture)}, which is not a 32-bit integer.");
        }

        return value;
    }

    private static decimal? DecimalKeyword(JsonElement schema, string keyword)
        => schema.TryGetProperty(keyword, out var value) ? Normalize(value.GetDecimal()) : null;

    // 0.0 and 0 are the same bound; keep the shortest form so the output does not depend on how a schema wrote it.
    private static decimal Normalize(decimal value) => decimal.Parse(value.ToString("G29", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
