using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Emit;

/// <summary>
/// Writes the version's source-generated JSON context: every payload type is listed, the types inside payloads
/// follow from them. Optional members are left out when null (2.x forbids null for absent fields), enums are
/// written as their wire strings, times go through OcppDateTimeOffsetConverter.
/// </summary>
internal static class JsonContextEmitter
{
    public static GeneratedFile Emit(VersionModel model)
    {
        var version = model.Version;
        var w = CodeWriter.StartFile(version.Namespace, ["System.Text.Json.Serialization", "SharpCharge.Ocpp.Serialization"]);
        w.Line($"/// <summary>System.Text.Json metadata for the OCPP {version.Label} payloads, generated at compile time (no reflection).</summary>");
        w.Line("[JsonSourceGenerationOptions(");
        w.Line("    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,");
        w.Line("    UseStringEnumConverter = true,");
        w.Line("    Converters = [typeof(OcppDateTimeOffsetConverter)])]");
        foreach (var type in model.Actions.SelectMany(a => a.Response is null ? [a.Request] : new[] { a.Request, a.Response })
            .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            w.Line($"[JsonSerializable(typeof({type.Name}))]");
        }

        w.Open($"internal sealed partial class {version.JsonContextClass} : JsonSerializerContext");
        w.Close();
        return new GeneratedFile($"{version.Id}/{version.JsonContextClass}.cs", w.ToString());
    }
}
