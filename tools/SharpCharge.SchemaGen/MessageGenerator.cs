using SharpCharge.SchemaGen.Emit;
using SharpCharge.SchemaGen.Model;
using SharpCharge.SchemaGen.Schemas;

namespace SharpCharge.SchemaGen;

/// <summary>Schemas in, C# files out: reads every version and runs the emitters. Writes nothing to disk.</summary>
internal static class MessageGenerator
{
    /// <summary>All files of all versions, sorted by path.</summary>
    public static IReadOnlyList<GeneratedFile> Generate(string schemasDirectory)
        => OcppSchemaVersion.All
            .SelectMany(version => Generate(SchemaFiles.Read(schemasDirectory, version)))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>The files of one version.</summary>
    public static IReadOnlyList<GeneratedFile> Generate(VersionModel model)
    {
        var actionByType = new Dictionary<SchemaType, ActionSchema>();
        foreach (var action in model.Actions)
        {
            actionByType[action.Request] = action;
            if (action.Response is not null)
            {
                actionByType[action.Response] = action;
            }
        }

        var files = new List<GeneratedFile>();
        foreach (var type in model.Types)
        {
            files.Add(type.Kind == SchemaTypeKind.Enum
                ? EnumEmitter.Emit(model.Version, type)
                : RecordEmitter.Emit(model.Version, type, actionByType.GetValueOrDefault(type)));
        }

        files.Add(JsonContextEmitter.Emit(model));
        files.Add(CatalogueEmitter.Emit(model));
        return files;
    }
}
