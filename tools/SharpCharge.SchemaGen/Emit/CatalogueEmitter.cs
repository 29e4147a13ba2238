using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Emit;

/// <summary>Writes the version's action descriptors (one static field per action) and its catalogue.</summary>
internal static class CatalogueEmitter
{
    public static GeneratedFile Emit(VersionModel model)
    {
        var version = model.Version;
        var context = $"{version.JsonContextClass}.Default";
        var w = CodeWriter.StartFile(version.Namespace, []);
        w.Line($"/// <summary>The OCPP {version.Label} actions: a descriptor per action, and the <see cref=\"Catalogue\"/> that finds them by name.</summary>");
        w.Open($"public static class {version.ActionsClass}");
        foreach (var action in model.Actions)
        {
            var common = $"OcppVersion.{version.Id}, {CodeWriter.Literal(action.Name)}, OcppActionDirection.{action.Direction}";
            if (action.Response is { } response)
            {
                w.Line($"public static readonly OcppCallAction<{action.Request.Name}, {response.Name}> {action.Name} = new({common}, "
                    + $"{context}.{action.Request.Name}, {context}.{response.Name}, {action.Request.Name}.Validate, {response.Name}.Validate);");
            }
            else
            {
                w.Line($"public static readonly OcppSendAction<{action.Request.Name}> {action.Name} = new({common}, "
                    + $"{context}.{action.Request.Name}, {action.Request.Name}.Validate);");
            }

            w.Line();
        }

        // Static initializers run in textual order: this one must stay after the fields it lists.
        w.Line($"/// <summary>All {model.Actions.Count} actions of OCPP {version.Label}, in schema order.</summary>");
        w.Line($"public static OcppActionCatalogue Catalogue {{ get; }} = new(OcppVersion.{version.Id},");
        w.Line("[");
        w.Indent();
        foreach (var action in model.Actions)
        {
            w.Line(action.Name + ",");
        }

        w.Outdent();
        w.Line("]);");
        w.Close();
        return new GeneratedFile($"{version.Id}/{version.ActionsClass}.cs", w.ToString());
    }
}
