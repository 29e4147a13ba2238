namespace SharpCharge.SchemaGen;

/// <summary>Where the repository, the schemas and the generated messages are, seen from the current directory.</summary>
internal static class RepositoryLayout
{
    /// <summary>Overrides the schemas folder (CI machines that keep them elsewhere).</summary>
    public const string SchemasVariable = "SHARPCHARGE_SCHEMAS";

    private const string SolutionFile = "SharpCharge.slnx";

    /// <summary>The folder holding SharpCharge.slnx, found by walking up from <paramref name="start"/>; null when there is none.</summary>
    public static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>$SHARPCHARGE_SCHEMAS when set, else ../shared/ocpp-schemas beside the repository root.</summary>
    public static string SchemasDirectory(string root)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(SchemasVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment)
            ? Path.GetFullPath(Path.Combine(root, "..", "shared", "ocpp-schemas"))
            : Path.GetFullPath(fromEnvironment);
    }

    /// <summary>src/SharpCharge.Ocpp/Messages under the repository root.</summary>
    public static string MessagesDirectory(string root) => Path.Combine(root, "src", "SharpCharge.Ocpp", "Messages");
}
