using System.Text.Json;
using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Schemas;

/// <summary>
/// Turns one version's schema files into a <see cref="VersionModel"/>: an action per request file, a type per
/// payload, definition and (1.6) inline object or enum. Fails generation on anything it cannot map faithfully:
/// an unknown keyword, a name defined twice with different shapes, an unnamed inline type, an action missing
/// from the direction table.
/// </summary>
internal sealed partial class SchemaReader
{
    private const string RequestSuffix = "Request";
    private const string ResponseSuffix = "Response";
    private const string DefinitionPrefix = "#/definitions/";

    // Names the generated code uses without qualification; a generated type of the same name would shadow them.
    private static readonly HashSet<string> NamesUsedByGeneratedCode = new(StringComparer.Ordinal)
    {
        "BitOperations", "DateTimeOffset", "Dictionary", "IOcppRequest", "IOcppResponse", "IOcppSendMessage",
        "IReadOnlyList", "JsonElement", "OcppAction", "OcppActionCatalogue", "OcppActionDirection", "OcppCallAction",
        "OcppDateTimeOffsetConverter", "OcppJsonPathSegment", "OcppJsonValidation", "OcppPayloadValidator",
        "OcppSendAction", "OcppValidationError", "OcppVersion", "Utf8JsonReader",
    };

    private readonly Dictionary<string, SchemaType> _types = new(StringComparer.Ordinal);
    private readonly OcppSchemaVersion _version;

    private SchemaReader(OcppSchemaVersion version) => _version = version;

    public static VersionModel Read(OcppSchemaVersion version, IReadOnlyList<SchemaFile> files, ActionTable table)
    {
        var reader = new SchemaReader(version);
        var actions = new List<ActionSchema>();
        var actionNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in version.Sources)
        {
            var byName = files.Where(f => f.Source == source).ToDictionary(f => f.TypeName, StringComparer.Ordinal);
            foreach (var file in byName.Values.OrderBy(f => f.FileName, StringComparer.Ordinal))
            {
                if (file.TypeName.EndsWith(ResponseSuffix, StringComparison.Ordinal))
                {
                    var action = file.TypeName[..^ResponseSuffix.Length];
                    if (!byName.ContainsKey(action + RequestSuffix))
                    {
                        throw new SchemaGenException($"{file.Origin} has no matching {action}{RequestSuffix}.json.");
                    }

                    continue;
                }

                if (!file.TypeName.EndsWith(RequestSuffix, StringComparison.Ordinal))
                {
                    throw new SchemaGenException($"{file.Origin}: a schema file must be named <Action>Request.json or <Action>Response.json.");
                }

                var name = file.TypeName[..^RequestSuffix.Length];
                if (!actionNames.Add(name))
                {
                    throw new SchemaGenException($"{file.Origin}: action {name} is defined by more than one schema folder of {version.Label}.");
                }

                if (!table.Directions.TryGetValue(name, out var direction))
                {
                    throw new SchemaGenException($"{file.Origin}: action {name} is missing from the direction table of {version.Label}.");
                }

                byName.TryGetValue(name + ResponseSuffix, out var responseFile);
                var isSend = table.SendOnly.Contains(name);
                if (responseFile is null && !isSend)
                {
                    throw new SchemaGenException($"{file.Origin}: {name}{ResponseSuffix}.json is missing, and {name} is not a SEND-only action.");
                }

                if (responseFile is not null && isSend)
                {
                    throw new SchemaGenException($"{responseFile.Origin}: {name} is a SEND-only action and cannot have a response schema.");
                }

                var request = reader.ReadRoot(file, isSend ? SchemaTypeRole.Send : SchemaTypeRole.Request);
                var response = responseFile is null ? null : reader.ReadRoot(responseFile, SchemaTypeRole.Response);
                actions.Add(new ActionSchema(name, direction, request, response));
            }
        }

        foreach (var action in actions)
        {
            if (reader._types.TryGetValue(action.Name, out var clash))
            {
                throw new SchemaGenException($"Type {clash.Name} ({clash.Origin}) has the name of an action; the {version.ActionsClass} field would hide it.");
            }
        }

        foreach (var reservedName in NamesUsedByGeneratedCode.Append(version.ActionsClass).Append(version.JsonContextClass))
        {
            if (reader._types.ContainsKey(reservedName))
            {
                throw new SchemaGenException($"Type {reservedName} ({reader._types[reservedName].Origin}) would hide a type of the same name that the generated code uses.");
            }
        }

        foreach (var enumType in reader._types.Values.Where(t => t.Kind == SchemaTypeKind.Enum))
        {
            if (reader._types.ContainsKey(enumType.Name + "Schema"))
            {
                throw new SchemaGenException($"Type {enumType.Name}Schema clashes with the validator class of enum {enumType.Name}.");
            }
        }

        foreach (var amended in SchemaErrata.AmendedEnums(version))
        {
            if (!reader._types.TryGetValue(amended, out var type) || type.Kind != SchemaTypeKind.Enum)
            {
                throw new SchemaGenException($"{nameof(SchemaErrata)} amends {amended}, which {version.Label} does not define as an enumeration.");
            }
        }

        var types = reader._types.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        return new VersionModel(version, actions, types);
    }

    private SchemaType ReadRoot(SchemaFile file, SchemaTypeRole role)
    {
        using var document = Parse(file);
        var root = document.RootElement;
        var context = new FileContext(file, root.TryGetProperty("definitions", out var definitions) ? definitions : default);
        if (root.TryGetProperty("title", out var title) && title.GetString() != file.TypeName)
        {
            throw new SchemaGenException($"{file.Origin}: the title '{title.GetString()}' does not match the file name.");
        }

        if (TypeOf(root) != "object")
        {
            throw new SchemaGenException($"{file.Origin}: a payload schema must be an object.");
        }

        return Declare(file.TypeName, root, SchemaTypeKind.Object, role, context);
    }

    private static JsonDocument Parse(SchemaFile file)
    {
        try
        {
            return JsonDocument.Parse(file.Json);
        }
        catch (JsonException e)
        {
            throw new SchemaGenException($"{file.Origin} is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Registers a named type, or returns the one already registered after checking it has the same shape.</summary>
    private SchemaType Declare(string name, JsonElement schema, SchemaTypeKind kind, SchemaTypeRole role, FileContext context)
    {
        var signature = SchemaSignature.Of(schema);
        if (_types.TryGetValue(name, out var existing))
        {
            if (existing.Signature != signature || existing.Kind != kind)
            {
                throw new SchemaGenException($"{name} is defined differently in {existing.Origin} and {context.File.Origin}.");
            }

            if (existing.SourceLabel != context.File.Source.Label)
            {
                throw new SchemaGenException($"{name} is generated from both {existing.Origin} and {context.File.Origin}; names must not collide across schema sets.");
            }

            if (existing.Role != role)
            {
                throw new SchemaGenException($"{name} is used as both {existing.Role} and {role}.");
            }

            return existing;
        }

        var type = new SchemaType
        {
            Name = name,
            Kind = kind,
            Role = role,
            SourceLabel = context.File.Source.Label,
            Signature = signature,
            Origin = context.File.Origin,
            EnumValues = kind == SchemaTypeKind.Enum ? ReadEnumValues(name, schema, context, SchemaErrata.ExtraValues(_version, name)) : [],
        };

        // Registered before its properties are read, so a type may (indirectly) contain itself.
        _types.Add(name, type);
        if (kind == SchemaTypeKind.Object)
        {
            ReadObject(type, schema, context);
        }

        return type;
    }

    private void ReadObject(SchemaType type, JsonElement schema, FileContext context)
    {
        CheckKeywords(schema, type.Name, context, "type", "properties", "required", "additionalProperties", "definitions");
        type.AdditionalProperties = true;
        if (schema.TryGetProperty("additionalProperties", out var additional))
        {
            type.AdditionalProperties = additional.ValueKind switch
            {
                JsonValueKind.False => false,
                JsonValueKind.True => true,
                _ => throw new SchemaGenException($"{context.File.Origin}: {type.Name} has a schema for additionalProperties, which is not supported."),
            };
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("required", out var requiredList))
        {
            foreach (var entry in requiredList.EnumerateArray())
            {
                required.Add(entry.GetString()!);
            }
        }

        var properties = new List<SchemaProperty>();
        var csharpNames = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("properties", out var propertyMap))
        {
            foreach (var property in propertyMap.EnumerateObject())
            {
                var csharpName = NameRules.PropertyName(property.Name, type.Name);
                if (!csharpNames.Add(csharpName))
                {
                    throw new SchemaGenException($"{context.File.Origin}: two properties of {type.Name} would both be named {csharpName}.");
                }

                var value = ReadValue(property.Value, type.Name, property.Name, context);
                properties.Add(new SchemaProperty(property.Name, csharpName, required.Contains(property.Name), value));
            }
        }

        foreach (var name in required)
        {
            if (properties.All(p => p.JsonName != name))
            {
                throw new SchemaGenException($"{context.File.Origin}: {type.Name} requires '{name}', which it does not define.");
            }
        }

        // The validators track seen properties in one 64-bit mask.
        if (properties.Count > 64)
        {
            throw new SchemaGenException($"{context.File.Origin}: {type.Name} has {properties.Count} properties; the validators support at most 64.");
        }

        type.Properties = properties;
    }

    private readonly record struct FileContext(SchemaFile File, JsonElement Definitions);
}
