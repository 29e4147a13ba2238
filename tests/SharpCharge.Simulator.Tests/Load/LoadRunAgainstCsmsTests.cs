using System.Net;
using System.Text.Json;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Simulator.Cli;
using SharpCharge.Simulator.Load;

namespace SharpCharge.Simulator.Tests.Load;

/// <summary>Load mode against the project's real central system: 50 stations from two source addresses, and the JSON summary that counts them.</summary>
public sealed class LoadRunAgainstCsmsTests
{
    [Theory]
    [InlineData(OcppVersion.V16, "heartbeat")]
    [InlineData(OcppVersion.V201, "meter-values")]
    [InlineData(OcppVersion.V21, "start-stop")]
    public async Task FiftyStations_AllBootAndTheirCallsAreCounted(OcppVersion version, string mixName)
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage);
        var settings = new LoadSettings
        {
            Csms = new Uri($"ws://127.0.0.1:{server.OcppPort}/ocpp"),
            Version = version,
            Count = 50,
            RampPerSecond = 100,
            SourceAddresses = [IPAddress.Parse("127.0.0.1"), IPAddress.Parse("127.0.0.2")],
            Mix = mixName switch { "heartbeat" => MessageMix.Heartbeat, "meter-values" => MessageMix.MeterValues, _ => MessageMix.StartStop },
            Interval = TimeSpan.FromMilliseconds(100),
            Duration = TimeSpan.FromMinutes(2),
            Quiet = true,
        };
        var output = new StringWriter();
        var runner = new LoadRunner(settings, TimeProvider.System, output);
        using var enough = new CancellationTokenSource();

        // Ended as Ctrl+C would end it, once every station booted and made a few calls (the machine may be slow).
        var run = runner.RunAsync(enough.Token);
        await Eventually.TrueAsync(() => Task.FromResult(runner.Stats.Booted == 50 && runner.Stats.Calls >= 50 * 4), seconds: 90);
        await enough.CancelAsync();
        var summary = await run;

        Assert.Equal(50, summary.Stations);
        Assert.Equal(50, summary.Booted);
        Assert.Equal(0, summary.ConnectFailures + summary.BootRejected + summary.Timeouts + summary.Disconnects);
        Assert.Equal(0, summary.Connected);
        // Each station's boot and status report, plus at least one call of the mix.
        Assert.True(summary.Calls >= 50 * 3, $"only {summary.Calls} calls answered");
        Assert.True(summary.CallsPerSecond > 0);
        Assert.True(summary.LatencyMs.P50 > 0 && summary.LatencyMs.P50 <= summary.LatencyMs.P99 && summary.LatencyMs.P99 <= summary.LatencyMs.Max);
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task RetryConnect_StationsRefusedWhileTheCsmsIsDown_ConnectAndBootOnceItIsUp()
    {
        // A fleet coming back after an outage: refused at first, every station retries after its back-off.
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var settings = new LoadSettings
        {
            Csms = new Uri($"ws://127.0.0.1:{port}/ocpp"),
            Count = 5,
            RampPerSecond = 100,
            Interval = TimeSpan.FromMilliseconds(200),
            Duration = TimeSpan.FromMinutes(2),
            RetryConnect = true,
            Quiet = true,
        };
        var runner = new LoadRunner(settings, TimeProvider.System, new StringWriter());
        using var enough = new CancellationTokenSource();
        var run = runner.RunAsync(enough.Token);
        await Eventually.TrueAsync(() => Task.FromResult(runner.Stats.ConnectFailures >= 5), seconds: 30);

        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage, new Dictionary<string, string?> { ["Ocpp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await Eventually.TrueAsync(() => Task.FromResult(runner.Stats.Booted == 5), seconds: 90);
        await enough.CancelAsync();
        var summary = await run;

        Assert.Equal(5, summary.Booted);
        Assert.True(summary.ConnectFailures >= 5, $"{summary.ConnectFailures} failed attempts counted");
        Assert.Equal(0, summary.Disconnects + summary.Timeouts + summary.CallErrors);
    }

    [Theory]
    [InlineData(0, 0.0, 1.0)]
    [InlineData(1, 0.5, 2.5)]
    [InlineData(3, 0.0, 8.0)]
    [InlineData(5, 0.99, 30.99)]
    [InlineData(40, 0.0, 30.0)]
    public void RetryBackOff_DoublesFromOneSecondToThirtyPlusTheRandomPart(int attempt, double random, double seconds)
        => Assert.Equal(seconds, LoadClient.RetryBackOff(attempt, random).TotalSeconds, 6);

    [Fact]
    public async Task LoadCommand_WritesTheJsonSummary()
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage);
        var path = Path.Combine(Path.GetTempPath(), $"sharpcharge-load-{Guid.NewGuid():N}.json");
        try
        {
            var exit = await SimulatorCli.Create(TextWriter.Null).Parse(
                ["load", "--csms", $"ws://127.0.0.1:{server.OcppPort}/ocpp", "--count", "5", "--version", "2.0.1", "--duration", "20s", "--interval", "0.2s", "--quiet", "--json-summary", path]).InvokeAsync();

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
            var root = json.RootElement;
            Assert.Equal("2.0.1", root.GetProperty("version").GetString());
            Assert.Equal(5, root.GetProperty("stations").GetInt32());
            Assert.Equal(5, root.GetProperty("booted").GetInt64());
            Assert.True(root.GetProperty("calls").GetInt64() >= 15);
            Assert.True(root.GetProperty("latencyMs").GetProperty("p99").GetDouble() > 0);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
