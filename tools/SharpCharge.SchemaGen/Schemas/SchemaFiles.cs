using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Schemas;

/// <summary>Reads one version's schema files from the schemas directory.</summary>
internal static class SchemaFiles
{
    public static IReadOnlyList<SchemaFile> Load(string schemasDirectory, OcppSchemaVersion version)
    {
        var files = new List<SchemaFile>();
        foreach (var source in version.Sources)
        {
            var folder = Path.Combine(schemasDirectory, source.Folder);
            if (!Directory.Exists(folder))
            {
                throw new SchemaGenException($"Schema folder not found: {Path.GetFullPath(folder)}");
            }

            foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                files.Add(new SchemaFile(source, Path.GetFileName(path), File.ReadAllText(path)));
            }
        }

        return files;
    }

    /// <summary>Loads and reads one version with its direction table.</summary>
    public static VersionModel Read(string schemasDirectory, OcppSchemaVersion version)
        => SchemaReader.Read(version, Load(schemasDirectory, version), DirectionTable.For(version));
}
