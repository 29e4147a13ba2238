using System.Text.Json;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Simulator.Cli;

namespace SharpCharge.Simulator.Tests.Run;

/// <summary>The fleet command from the command line to the JSON summary, against the real central system.</summary>
public sealed class FleetCommandTests
{
    [Fact]
    public async Task FleetCommand_WithCountAndSpeed_WritesTheJsonSummary()
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage);
        var path = Path.Combine(Path.GetTempPath(), $"sharpcharge-fleet-{Guid.NewGuid():N}.json");
        try
        {
            var exit = await SimulatorCli.Create(TextWriter.Null).Parse(
                ["--csms", $"ws://127.0.0.1:{server.OcppPort}/ocpp", "--count", "3", "--version", "2.1", "--speed", "120", "--duration", "10m", "--seed", "4", "--quiet", "--json-summary", path]).InvokeAsync();

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
            var root = json.RootElement;
            Assert.Equal(3, root.GetProperty("stations").GetInt32());
            Assert.Equal(4, root.GetProperty("seed").GetInt32());
            Assert.Equal(120, root.GetProperty("speed").GetDouble());
            Assert.True(root.GetProperty("simulatedSeconds").GetDouble() >= 600);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task BrokenFleetFile_IsReportedWithItsLine()
    {
        var fleet = Path.Combine(Path.GetTempPath(), $"sharpcharge-fleet-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(fleet, "templates:\n  - idPattern: \"X-{0}\"\n    maxPowerKw: lots\n");
        try
        {
            var error = new StringWriter();

            var exit = await SimulatorCli.Create(TextWriter.Null, fileLimit: () => null, error).Parse(["--csms", "ws://127.0.0.1:1/ocpp", "--fleet", fleet]).InvokeAsync();

            Assert.Equal(2, exit);
            Assert.Equal($"{fleet} line 3: templates[0].maxPowerKw must be a number from 1 to 1000 (found 'lots').", error.ToString().Trim());
        }
        finally
        {
            File.Delete(fleet);
        }
    }

    [Fact]
    public async Task FleetFile_LargerThanTheFileLimit_IsRefusedBeforeConnecting()
    {
        var fleet = Path.Combine(Path.GetTempPath(), $"sharpcharge-fleet-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(fleet, "templates:\n  - idPattern: \"BIG-{0:00000}\"\n    count: 30000\n");
        try
        {
            var error = new StringWriter();

            var exit = await SimulatorCli.Create(TextWriter.Null, fileLimit: () => 20_000, error).Parse(["--csms", "ws://127.0.0.1:1/ocpp", "--fleet", fleet]).InvokeAsync();

            Assert.Equal(2, exit);
            Assert.StartsWith("The fleet file's 30000 stations needs about 30100 open files, but this process may open 20000 (ulimit -n).", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(fleet);
        }
    }
}
