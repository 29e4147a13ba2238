using Microsoft.Extensions.Options;
using SharpCharge.Csms.Hosting;
using SharpCharge.Csms.Import;
using SharpCharge.Simulator.Run;

namespace SharpCharge.Csms.Demo;

/// <summary>
/// The demo mode's work while the host runs: at start (after the migrations) it imports the seed file; once the
/// server listens it plays every seeded charger with the simulator's fleet runner in this process, pointed at the
/// OCPP port on loopback, and prints where to look and how to log in. Stopping the host stops the fleet first.
/// </summary>
internal sealed partial class DemoFleetService : IHostedService, IAsyncDisposable
{
    private readonly DemoOptions _options;
    private readonly DemoSetup _setup;
    private readonly FleetImporter _importer;
    private readonly BoundListeners _listeners;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _time;
    private readonly TextWriter _console;
    private readonly ILogger<DemoFleetService> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private FleetFile? _fleet;
    private FleetRunner? _runner;
    private Task _running = Task.CompletedTask;
    private int _disposed;

    public DemoFleetService(
        IOptions<DemoOptions> options,
        DemoSetup setup,
        FleetImporter importer,
        BoundListeners listeners,
        IHostApplicationLifetime lifetime,
        TimeProvider time,
        TextWriter console,
        ILogger<DemoFleetService> logger)
    {
        _options = options.Value;
        _setup = setup;
        _importer = importer;
        _listeners = listeners;
        _lifetime = lifetime;
        _time = time;
        _console = console;
        _logger = logger;
    }

    /// <summary>The simulated fleet, once the server has started (tests read its counters).</summary>
    public FleetRunner? Runner => _runner;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = _options.SeedFilePath;
        _fleet = await FleetFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var summary = await _importer.ImportAsync(Path.GetFileName(path), _fleet, null, cancellationToken).ConfigureAwait(false);
        Log.SeedImported(_logger, path, summary.ToString());
        _lifetime.ApplicationStopped.Register(_setup.DeleteDatabase);

        // The ports are bound only when the server has started (port 0 picks one), so the fleet starts then.
        _lifetime.ApplicationStarted.Register(() => _running = RunFleetAsync(_stopping.Token));

        // The fleet leaves as soon as the host begins to stop, before the server waits for open connections to close:
        // the chargers' sockets would otherwise hold the server's graceful shutdown for its whole timeout (30 s).
        _lifetime.ApplicationStopping.Register(static stopping => ((CancellationTokenSource)stopping!).Cancel(), _stopping);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);

        // The host's shutdown timeout ends the wait; the chargers then just drop their sockets as the process exits.
        await _running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async ValueTask DisposeAsync()
    {
        // Registered as itself and as a hosted service, so the container disposes it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();

        // Again, now that the container is being torn down: a charger's last offline write can land after the host
        // stopped (connections close while Kestrel shuts down) and would bring an empty file back.
        _setup.DeleteDatabase();
    }

    private async Task RunFleetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var fleet = DemoFleet.ToSimulatorFleet(_fleet!, TimeSpan.FromSeconds(_options.MeterIntervalSeconds), _time.GetUtcNow());
            if (fleet.Tokens.Count == 0)
            {
                Log.NoDrivers(_logger, _options.SeedFilePath);
            }

            var settings = new RunSettings
            {
                Csms = new Uri($"ws://{_setup.LoopbackHost}:{_listeners.Port(ListenerKind.Ocpp)}/ocpp"),
                Fleet = fleet,
                Utilisation = _options.Utilisation,
                Speed = _options.Speed,
                Seed = _options.RandomSeed ?? Random.Shared.Next(),
                Quiet = true,
            };
            await using var runner = new FleetRunner(settings, _time, _options.Speed, new DemoProgressView(_logger));
            _runner = runner;
            await WriteBannerAsync(fleet.StationCount).ConfigureAwait(false);
            await runner.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The central system keeps serving without its simulated fleet; the operator sees why in the log.
            Log.FleetFailed(_logger, e);
        }
    }

    private async Task WriteBannerAsync(int chargers)
    {
        var api = $"http://{_setup.LoopbackHost}:{_listeners.Port(ListenerKind.Api)}";
        var ocpp = $"ws://{_setup.LoopbackHost}:{_listeners.Port(ListenerKind.Ocpp)}/ocpp/<charger id>";
        await _console.WriteLineAsync($"""

            SharpCharge demo: {chargers} simulated chargers on Jeju island are connecting, time runs {_options.Speed:0.##}x.
              Dashboard   {api}/
              Log in as   {_setup.AdminUser} / {_setup.AdminPasswordText}
              REST API    {api}/api (docs at {api}/docs), e.g. {api}/api/statistics/dashboard
              OCPP        {ocpp} (connect your own charger too)
              Database    {_setup.DatabasePath} (deleted when the demo stops; Ctrl+C to stop)

            """).ConfigureAwait(false);
        await _console.FlushAsync().ConfigureAwait(false);
    }

    private static partial class Log
    {
        [LoggerMessage(DemoEventIds.SeedImported, LogLevel.Information, "Demo seed {Path} imported: {Summary}.", EventName = "DemoSeedImported")]
        public static partial void SeedImported(ILogger logger, string path, string summary);

        [LoggerMessage(DemoEventIds.FleetFailed, LogLevel.Error, "The demo's simulated fleet stopped with an error; the central system keeps running.", EventName = "DemoFleetFailed")]
        public static partial void FleetFailed(ILogger logger, Exception exception);

        [LoggerMessage(DemoEventIds.NoDrivers, LogLevel.Warning, "The demo seed {Path} has no accepted id token of at most 20 characters, so no vehicle will arrive.", EventName = "DemoNoDrivers")]
        public static partial void NoDrivers(ILogger logger, string path);
    }
}
