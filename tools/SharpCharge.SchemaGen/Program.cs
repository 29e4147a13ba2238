using SharpCharge.SchemaGen;

try
{
    var commandLine = CommandLine.Parse(args, Environment.CurrentDirectory);
    if (commandLine is null)
    {
        Console.WriteLine(CommandLine.Usage);
        return 0;
    }

    var files = MessageGenerator.Generate(commandLine.SchemasDirectory);
    var summary = OutputWriter.Write(commandLine.OutputDirectory, files);
    Console.WriteLine($"{summary.Generated} files generated from {commandLine.SchemasDirectory}: "
        + $"{summary.Written} written, {summary.Deleted} stale deleted, in {commandLine.OutputDirectory}.");
    return 0;
}
catch (SchemaGenException e)
{
    Console.Error.WriteLine($"SchemaGen: {e.Message}");
    return 1;
}
