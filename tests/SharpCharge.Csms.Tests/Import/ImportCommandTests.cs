using SharpCharge.Csms.Import;
using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Csms.Tests.Import;

/// <summary>The <c>import</c> command as an operator runs it: arguments in, the configured database migrated and filled, text out.</summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly SqliteBackend _database = new();
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sharpcharge-import-{Guid.NewGuid():N}.json");
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public Task InitializeAsync() => File.WriteAllTextAsync(_file, ImportSamples.Json);

    public async Task DisposeAsync()
    {
        File.Delete(_file);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Import_FileTwice_CreatesThenReportsEverythingUnchanged()
    {
        var first = await RunAsync("import", _file, $"--Storage:ConnectionString={_database.ConnectionString}");
        var second = await RunAsync("import", _file, "--Storage:ConnectionString", _database.ConnectionString);

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        var lines = _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                $"{_file}: stations: 1 created, 0 updated, 0 unchanged; chargers: 2 created, 0 updated, 0 unchanged; id tokens: 3 created, 0 updated, 0 unchanged.",
                $"{_file}: stations: 0 created, 0 updated, 1 unchanged; chargers: 0 created, 0 updated, 2 unchanged; id tokens: 0 created, 0 updated, 3 unchanged.",
            ],
            lines);
        Assert.Equal("", _errors.ToString());
    }

    [Fact]
    public async Task Import_BadFile_ExitsWithTwoAndNamesTheLine()
    {
        await File.WriteAllTextAsync(_file, ImportSamples.Json.Replace("126.531188", "181", StringComparison.Ordinal));

        var exit = await RunAsync("import", _file, $"--Storage:ConnectionString={_database.ConnectionString}");

        Assert.Equal(2, exit);
        Assert.Contains($"{Path.GetFileName(_file)} line 4: stations[0].longitude must be between -180 and 180 (found 181).", _errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing imported", _errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithoutFile_ExitsWithOneAndShowsUsage()
    {
        var exit = await RunAsync("import");

        Assert.Equal(1, exit);
        Assert.StartsWith("Name the file to import: import <file.json|file.csv>", _errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryRun_OtherCommand_IsNotHandled()
    {
        Assert.Null(await ImportCommand.TryRunAsync(["hash-api-key"], _output, _errors));
        Assert.Null(await ImportCommand.TryRunAsync([], _output, _errors));
    }

    private async Task<int> RunAsync(params string[] args) => (await ImportCommand.TryRunAsync(args, _output, _errors)).GetValueOrDefault(-1);
}
