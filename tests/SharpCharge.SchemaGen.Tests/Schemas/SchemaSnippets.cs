using SharpCharge.SchemaGen.Model;
using SharpCharge.SchemaGen.Schemas;

namespace SharpCharge.SchemaGen.Tests.Schemas;

/// <summary>Reads small in-memory schema sets shaped like the 1.6 (inline types) and 2.x (definitions) ones.</summary>
internal static class SchemaSnippets
{
    public static readonly SchemaSource Core = new("core", "OCPP 1.6", InlineTypes: true);

    public static readonly SchemaSource Security = new("security", "OCPP 1.6 security", InlineTypes: false);

    public static readonly OcppSchemaVersion SnippetVersion = new("Snippets", "snippets", [Core, Security]);

    /// <summary>An action whose request is empty and whose response has the given properties.</summary>
    public static IEnumerable<SchemaFile> Action(SchemaSource source, string action, string responseProperties, string required = "", string definitions = "")
    {
        yield return new SchemaFile(source, $"{action}Request.json", """{ "type": "object", "properties": {}, "additionalProperties": false }""");
        yield return new SchemaFile(source, $"{action}Response.json", $$"""
            {
              "title": "{{action}}Response",
              "definitions": { {{definitions}} },
              "type": "object",
              "additionalProperties": false,
              "properties": { {{responseProperties}} },
              "required": [ {{required}} ]
            }
            """);
    }

    public static VersionModel Read(params IEnumerable<SchemaFile>[] actions)
    {
        var files = actions.SelectMany(a => a).ToList();
        var directions = files
            .Select(f => f.TypeName.EndsWith("Request", StringComparison.Ordinal) ? f.TypeName[..^"Request".Length] : null)
            .OfType<string>()
            .ToDictionary(name => name, _ => ActionDirection.ChargerToCsms, StringComparer.Ordinal);
        return SchemaReader.Read(SnippetVersion, files, new ActionTable(directions, new HashSet<string>()));
    }

    public static SchemaType Type(this VersionModel model, string name) => Assert.Single(model.Types, t => t.Name == name);
}
