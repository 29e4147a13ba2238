using SharpCharge.Ocpp;
using SharpCharge.Station;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>
/// One simulated charger of the crash test: a real <see cref="ChargingStation"/> (with its persistent queue file)
/// that starts and stops sessions on its own schedule while the central system is killed and restarted under it,
/// and remembers every session, sample and dropped message, so the test can compare them with the database.
/// </summary>
internal sealed class CrashLoadStation : IAsyncDisposable
{
    private const int Evse = 1;
    private readonly Lock _gate = new();
    private readonly List<CrashSession> _sessions = [];
    private readonly List<string> _dropped = [];
    private readonly Random _random;
    private decimal _registerBeforeStart;

    public CrashLoadStation(string id, OcppVersion version, int ocppPort, string queueFolder, int seed)
    {
        Id = id;
        Version = version;
        _random = new Random(seed);
        Station = new ChargingStation(new ChargingStationOptions
        {
            Id = id,
            CsmsUri = new Uri($"ws://127.0.0.1:{ocppPort}/ocpp"),
            Version = version,
            // The station keeps its sample interval in whole seconds (MeterValueSampleInterval), so 1 s is the shortest.
            MeterValueInterval = TimeSpan.FromSeconds(1),
            CallTimeout = TimeSpan.FromSeconds(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            // A dead central system refuses connections at once: come back quickly once it is up again.
            Reconnect = new ReconnectBackOffOptions { MinimumWait = TimeSpan.FromMilliseconds(100), RandomRange = TimeSpan.FromMilliseconds(200), RepeatTimes = 1 },
            QueueFilePath = Path.Combine(queueFolder, id + ".jsonl"),
            RandomSeed = seed,
        });
        Station.EventOccurred += OnEvent;
    }

    public string Id { get; }

    public OcppVersion Version { get; }

    public ChargingStation Station { get; }

    public IReadOnlyList<CrashSession> Sessions
    {
        get
        {
            lock (_gate)
            {
                return [.. _sessions];
            }
        }
    }

    public IReadOnlyList<string> Dropped
    {
        get
        {
            lock (_gate)
            {
                return [.. _dropped];
            }
        }
    }

    /// <summary>Runs sessions of 1.2-3 s (one to three periodic samples each) with short pauses until <paramref name="stop"/>; a running session is then ended.</summary>
    public async Task RunSessionsAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            // The EVSE is idle, so its register does not move until the session starts. Read outside our lock: the
            // station raises its events under its own lock, and OnEvent then takes ours.
            var before = Station.GetEnergyWh(Evse);
            lock (_gate)
            {
                _registerBeforeStart = before;
            }

            SessionStartOutcome outcome;
            try
            {
                outcome = await Station.StartSessionAsync(Evse, "CRASH-TAG", stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (outcome == SessionStartOutcome.Started)
            {
                // The session's record was made by the SessionStarted event, raised before StartSessionAsync returned.
                await PauseAsync(1200, 3000, stop);
                Station.StopSession(Evse);
                var after = Station.GetEnergyWh(Evse);
                lock (_gate)
                {
                    _sessions[^1].StopWh = after;
                }
            }

            await PauseAsync(100, 400, stop);
        }
    }

    public ValueTask DisposeAsync()
    {
        Station.EventOccurred -= OnEvent;
        return Station.DisposeAsync();
    }

    private async Task PauseAsync(int minMs, int maxMs, CancellationToken stop)
    {
        int wait;
        lock (_random)
        {
            wait = _random.Next(minMs, maxMs);
        }

        // Stopping ends the pause early; the session is still stopped properly by the caller.
        await Task.Delay(wait, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private void OnEvent(object? sender, StationEvent e)
    {
        lock (_gate)
        {
            switch (e.Kind)
            {
                case StationEventKind.SessionStarted:
                    _sessions.Add(new CrashSession(e.TransactionId!, _registerBeforeStart));
                    break;
                case StationEventKind.MeterValuesSampled when e.Detail?.StartsWith("Periodic", StringComparison.Ordinal) == true && e.TransactionId is not null:
                    if (_sessions.LastOrDefault() is { StopWh: null } running)
                    {
                        running.PeriodicSamples++;
                    }

                    break;
                case StationEventKind.MessageDropped:
                    _dropped.Add($"{e.Action}: {e.Detail}");
                    break;
            }
        }
    }
}
