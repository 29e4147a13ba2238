namespace SharpCharge.SchemaGen;

/// <summary>The generator's arguments: <c>--schemas DIR</c> and <c>--out DIR</c>, both optional.</summary>
internal sealed record CommandLine(string SchemasDirectory, string OutputDirectory)
{
    public const string Usage = """
        Generates the OCPP message types, validators, JSON contexts and action catalogues.

        Usage: dotnet run --project tools/SharpCharge.SchemaGen -- [--schemas DIR] [--out DIR]

          --schemas DIR  the OCPP JSON schemas (default: $SHARPCHARGE_SCHEMAS, else ../shared/ocpp-schemas
                         beside the repository root, the folder holding SharpCharge.slnx)
          --out DIR      the Messages folder to write V16/, V201/ and V21/ into
                         (default: src/SharpCharge.Ocpp/Messages under the repository root)
        """;

    /// <summary>Parses the arguments; null when help was asked for.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, string currentDirectory)
    {
        string? schemas = null;
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--schemas":
                    schemas = Value(args, ++i, "--schemas");
                    break;
                case "--out":
                    output = Value(args, ++i, "--out");
                    break;
                case "-h" or "--help":
                    return null;
                default:
                    throw new SchemaGenException($"Unknown argument '{args[i]}'.\n\n{Usage}");
            }
        }

        if (schemas is null || output is null)
        {
            // From the working directory first; else from the generator's own build output, which lives in the repository.
            var root = RepositoryLayout.FindRoot(currentDirectory)
                ?? RepositoryLayout.FindRoot(AppContext.BaseDirectory)
                ?? throw new SchemaGenException($"No SharpCharge.slnx above {currentDirectory} or {AppContext.BaseDirectory}; pass --schemas and --out.");
            schemas ??= RepositoryLayout.SchemasDirectory(root);
            output ??= RepositoryLayout.MessagesDirectory(root);
        }

        return new CommandLine(Path.GetFullPath(schemas, currentDirectory), Path.GetFullPath(output, currentDirectory));
    }

    private static string Value(IReadOnlyList<string> args, int index, string option)
        => index < args.Count ? args[index] : throw new SchemaGenException($"{option} needs a folder.");
}
