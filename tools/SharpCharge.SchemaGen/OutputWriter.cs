using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen;

/// <summary>
/// Writes generated files under the Messages folder. It owns the version folders (V16, V201, V21): a .cs file
/// there that is no longer generated is deleted. Unchanged files are not rewritten, so builds stay incremental.
/// </summary>
internal static class OutputWriter
{
    public static WriteSummary Write(string outputDirectory, IReadOnlyList<GeneratedFile> files)
    {
        var wanted = files.ToDictionary(f => Path.GetFullPath(Path.Combine(outputDirectory, f.Path)), StringComparer.Ordinal);
        var deleted = 0;
        foreach (var version in OcppSchemaVersion.All)
        {
            var folder = Path.Combine(outputDirectory, version.Id);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var path in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                if (!wanted.ContainsKey(Path.GetFullPath(path)))
                {
                    File.Delete(path);
                    deleted++;
                }
            }
        }

        var written = 0;
        foreach (var (path, file) in wanted)
        {
            if (File.Exists(path) && File.ReadAllText(path) == file.Content)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
            written++;
        }

        return new WriteSummary(files.Count, written, deleted);
    }
}
