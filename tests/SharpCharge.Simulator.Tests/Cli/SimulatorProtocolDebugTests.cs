using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Simulator.Cli;

namespace SharpCharge.Simulator.Tests.Cli;

/// <summary>
/// The simulator's protocol debug log, run from the command line against the real central system: the flags (or the
/// same environment variables as the central system) write the charger-side tags; without them nothing is written.
/// </summary>
public sealed class SimulatorProtocolDebugTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sharpcharge-sim-trace-").FullName;
    private SqliteBackend? _storage;
    private CsmsServer? _server;

    public async Task InitializeAsync()
    {
        _storage = new SqliteBackend();
        _server = await CsmsServer.StartAsync(_storage);
    }

    public async Task DisposeAsync()
    {
        await _server!.DisposeAsync();
        await _storage!.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ProtocolDebugFlag_WritesTheChargerSideTags_ToOneFilePerStation()
    {
        var file = Path.Combine(_folder, "ocpp_SIM0001.log");

        var (_, errors) = await RunUntilAsync(
            ["--protocol-debug", "--log-file", Path.Combine(_folder, "ocpp_{charger}.log")], _ => null, FileHas(file, "[OCPP-RESPONSE-RECV] charger=SIM0001 action=BootNotification"));

        Assert.Equal(string.Empty, errors);
        var lines = await File.ReadAllLinesAsync(file);
        // The station's BootNotification: its CALL and payload go out, the central system's answer comes back.
        Assert.Contains(lines, l => l.Contains("[OCPP-CALL-SEND] charger=SIM0001 action=BootNotification id=", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[OCPP-PAYLOAD-SEND] charger=SIM0001 action=BootNotification", StringComparison.Ordinal) && l.Contains("\"chargePointVendor\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[CHARGER-SEND] charger=SIM0001 action=BootNotification", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[CHARGER-RECV] charger=SIM0001 action=BootNotification", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[OCPP-RAW-RECV] charger=SIM0001 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[OCPP-CALLRESULT-RECV] charger=SIM0001 action=BootNotification", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[OCPP-RESPONSE-RECV] charger=SIM0001 action=BootNotification", StringComparison.Ordinal) && l.Contains("\"Accepted\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("[SERVER-", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("CALLERROR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutTheFlag_NothingIsWritten()
    {
        var (_, errors) = await RunUntilAsync(["--log-file", Path.Combine(_folder, "ocpp_{charger}.log")], _ => null, BootedAsync);

        Assert.True(await BootedAsync(), "the station ran");
        Assert.Equal(string.Empty, errors);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task EnvironmentVariables_SwitchItOn_AndInfoLevel_LeavesOutPayloadsAndTransportLines()
    {
        var file = Path.Combine(_folder, "trace.log");
        var variables = new Dictionary<string, string>
        {
            ["OCPP_PROTOCOL_DEBUG"] = "true",
            ["OCPP_LOG_LEVEL"] = "INFO",
            ["OCPP_LOG_FILE"] = file,
        };

        var (_, errors) = await RunUntilAsync([], name => variables.GetValueOrDefault(name), FileHas(file, "[OCPP-CALLRESULT-RECV] charger=SIM0001 action=BootNotification"));

        Assert.Equal(string.Empty, errors);
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Contains(lines, l => l.Contains("[OCPP-CALL-SEND] charger=SIM0001 action=BootNotification", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("[OCPP-PAYLOAD-", StringComparison.Ordinal) || l.Contains("[CHARGER-", StringComparison.Ordinal) || l.Contains("[OCPP-RAW-RECV]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutALogFile_TheTraceGoesToTheErrorStream()
    {
        var (_, errors) = await RunUntilAsync(["--protocol-debug", "--log-level", "info"], _ => null, BootedAsync);

        // The CALL was traced before it left, so before the central system could store the boot.
        Assert.Contains("[OCPP-CALL-SEND] charger=SIM0001 action=BootNotification", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadLevelInTheEnvironment_StopsTheRun_NamingTheVariable()
    {
        var (exit, errors) = await RunUntilAsync([], name => name == "OCPP_LOG_LEVEL" ? "LOUD" : null, () => Task.FromResult(false));

        Assert.Equal(2, exit);
        Assert.Contains("OCPP_LOG_LEVEL must be DEBUG, INFO or WARNING (found 'LOUD').", errors, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs one station until <paramref name="done"/> holds (at most a minute: a cold start on a busy machine is
    /// slow), then stops it as Ctrl+C would. Returns the exit code and what went to the error stream.
    /// </summary>
    private async Task<(int Exit, string Errors)> RunUntilAsync(string[] extra, Func<string, string?> environment, Func<Task<bool>> done)
    {
        var errors = new StringWriter();
        string[] arguments =
        [
            "--csms", $"ws://127.0.0.1:{_server!.OcppPort}/ocpp", "--count", "1", "--id-prefix", "SIM", "--speed", "60", "--seed", "1", "--quiet", .. extra,
        ];
        using var stop = new CancellationTokenSource();
        var run = SimulatorCli.Create(TextWriter.Null, () => 20_000, errors, environment).Parse(arguments).InvokeAsync(cancellationToken: stop.Token);
        try
        {
            await Eventually.TrueAsync(async () => run.IsCompleted || await done(), seconds: 60);
        }
        finally
        {
            await stop.CancelAsync();
        }

        var exit = await run;
        return (exit, errors.ToString());
    }

    /// <summary>The central system stored the station's BootNotification (so the station has sent it).</summary>
    private async Task<bool> BootedAsync()
        => (await _server!.Get<IChargerService>().FindAsync("SIM0001", CancellationToken.None))?.LastBootAt is not null;

    private static Func<Task<bool>> FileHas(string path, string tag)
        => async () => File.Exists(path) && (await File.ReadAllTextAsync(path)).Contains(tag, StringComparison.Ordinal);
}
