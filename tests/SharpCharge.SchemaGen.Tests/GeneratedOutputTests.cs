using System.Text;
using System.Text.Json;

namespace SharpCharge.SchemaGen.Tests;

public sealed class GeneratedOutputTests
{
    [Fact]
    public void CommittedMessages_RegeneratedFromSchemas_AreIdentical()
    {
        var generated = MessageGenerator.Generate(TestSchemas.Directory).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var messages = RepositoryLayout.MessagesDirectory(TestSchemas.RepositoryRoot);
        var committed = new[] { "V16", "V201", "V21" }
            .Select(version => Path.Combine(messages, version))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories))
            .ToDictionary(path => Path.GetRelativePath(messages, path).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

        var problems = new StringBuilder();
        foreach (var path in generated.Keys.Except(committed.Keys).Order(StringComparer.Ordinal))
        {
            problems.AppendLine($"missing: {path}");
        }

        foreach (var path in committed.Keys.Except(generated.Keys).Order(StringComparer.Ordinal))
        {
            problems.AppendLine($"not generated any more: {path}");
        }

        foreach (var path in generated.Keys.Intersect(committed.Keys).Order(StringComparer.Ordinal))
        {
            if (generated[path] != committed[path])
            {
                problems.AppendLine($"differs: {path}");
            }
        }

        Assert.True(problems.Length == 0,
            $"src/SharpCharge.Ocpp/Messages is stale; run `dotnet run --project tools/SharpCharge.SchemaGen` and commit the result.\n{problems}");
    }

    [Fact]
    public void Generate_RunTwice_ProducesTheSameFiles()
    {
        var first = MessageGenerator.Generate(TestSchemas.Directory);
        var second = MessageGenerator.Generate(TestSchemas.Directory);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_EveryFile_StartsWithTheHeaderAndUsesLineFeeds()
    {
        foreach (var file in MessageGenerator.Generate(TestSchemas.Directory))
        {
            Assert.StartsWith(Emit.CodeWriter.Header + "\n", file.Content, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', file.Content);
            Assert.EndsWith("}\n", file.Content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generate_Output_CarriesNoSchemaDescriptionText()
    {
        // The schemas' licence allows passing them on unmodified only; the output carries names, types and constraints.
        var output = string.Concat(MessageGenerator.Generate(TestSchemas.Directory).Select(f => f.Content));
        var descriptions = Directory.GetFiles(TestSchemas.Directory, "*.json", SearchOption.AllDirectories)
            .SelectMany(path => Descriptions(JsonDocument.Parse(File.ReadAllText(path)).RootElement))
            .Select(text => text.Trim())
            .Where(text => text.Length >= 24 && text.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

        Assert.All(descriptions, text => Assert.DoesNotContain(text, output, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Descriptions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "description" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }

                foreach (var nested in Descriptions(property.Value))
                {
                    yield return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var nested in element.EnumerateArray().SelectMany(Descriptions))
            {
                yield return nested;
            }
        }
    }
}
