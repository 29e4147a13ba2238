using SharpCharge.Simulator.Ev;
using SharpCharge.Simulator.Fleet;
using SharpCharge.Simulator.Output;
using SharpCharge.Simulator.Scenarios;
using SharpCharge.Station;

namespace SharpCharge.Simulator.Run;

/// <summary>
/// Plays a fleet: starts its stations (at most <see cref="RunSettings.RampPerSecond"/> a second), then runs one
/// loop that every quarter of a real second moves the vehicles on, plays the scenario (random arrivals or the
/// script) and refreshes the live view. Stations run their own connection and meter loops; this loop only
/// decides what drivers and vehicles do.
/// </summary>
internal sealed partial class FleetRunner : IAsyncDisposable
{
    private static readonly TimeSpan RealTick = TimeSpan.FromMilliseconds(250);

    private readonly RunSettings _settings;
    private readonly TimeProvider _time;
    private readonly double _speed;
    private readonly Random _random;
    private readonly EvGenerator _vehicles;
    private readonly ILiveView _view;
    private readonly List<SimulatedStation> _stations = [];
    private readonly Dictionary<string, SimulatedStation> _byId = new(StringComparer.Ordinal);

    // Tokens of drivers now plugged in somewhere: a card is in one place at a time, and a central system
    // refuses a token already in a transaction (2.x ConcurrentTx).
    private readonly HashSet<string> _tokensInUse = new(StringComparer.Ordinal);
    private int _nextStep;

    /// <param name="time">The simulated clock (an <see cref="Time.AcceleratedTimeProvider"/> or a test's).</param>
    /// <param name="speed">How much faster <paramref name="time"/> runs than real time.</param>
    public FleetRunner(RunSettings settings, TimeProvider time, double speed, ILiveView view)
    {
        _settings = settings;
        _time = time;
        _speed = speed;
        _view = view;
        _random = new Random(settings.Seed);
        _vehicles = new EvGenerator(new Random(settings.Seed + 1));
    }

    public RunCounters Counters { get; } = new();

    public IReadOnlyList<SimulatedStation> Stations => _stations;

    /// <summary>Simulated time zero of the scenario: a script's <c>at</c> counts from here.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    public async Task<RunSummary> RunAsync(CancellationToken cancellationToken)
    {
        var plans = FleetPlanner.Plan(_settings.Fleet, _settings.Version, _random);
        var realStart = _time.GetTimestamp();
        await StartStationsAsync(plans, cancellationToken).ConfigureAwait(false);
        if (_settings.Script is not null)
        {
            await WaitForFleetOnlineAsync(cancellationToken).ConfigureAwait(false);
        }

        var started = _time.GetUtcNow();
        StartedAt = started;
        var end = EndOf(started);

        var last = _time.GetUtcNow();
        var ticks = 0;
        while (!cancellationToken.IsCancellationRequested && (end is null || last < end))
        {
            if (!await DelayAsync(RealTick * _speed, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            var now = _time.GetUtcNow();
            PlayScript(now - started, now);
            foreach (var station in _stations)
            {
                foreach (var slot in station.Slots)
                {
                    await StepAsync(station, slot, now, cancellationToken).ConfigureAwait(false);
                }
            }

            last = now;
            if (++ticks % 4 == 0)
            {
                _view.Render(this, now - started);
            }
        }

        await FinishAsync().ConfigureAwait(false);
        var summary = Summary(last - started, _time.GetElapsedTime(realStart));
        _view.Finished(summary);
        return summary;
    }

    public async ValueTask DisposeAsync()
    {
        // Each station closes its socket with a close handshake; together, so a fleet stops in one round trip, not one per station.
        await Task.WhenAll(_stations.Select(s => s.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    private DateTimeOffset? EndOf(DateTimeOffset start)
        => _settings.Duration is { } duration ? start + duration
            : _settings.Script is { Count: > 0 } script ? start + script[^1].At + TimeSpan.FromMinutes(1)
            : null;

    private async Task StartStationsAsync(IReadOnlyList<StationPlan> plans, CancellationToken cancellationToken)
    {
        var offline = _settings.Script?.Where(s => s.Action == ScenarioAction.Offline).Select(s => s.StationId).ToHashSet(StringComparer.Ordinal) ?? [];
        for (var i = 0; i < plans.Count && !cancellationToken.IsCancellationRequested; i++)
        {
            var plan = plans[i];
            var relay = offline.Contains(plan.Id) ? new NetworkRelay(_settings.Csms) : null;
            var load = new BayLoad();
            var station = new ChargingStation(StationOptions.For(plan, _settings, relay, _speed, _settings.Seed + i, load), _time);
            station.EventOccurred += OnStationEvent;
            var simulated = new SimulatedStation(plan, station, relay);
            load.Slots = simulated.Slots;
            foreach (var slot in simulated.Slots)
            {
                slot.NextArrival = _time.GetUtcNow() + FirstArrival();
            }

            _stations.Add(simulated);
            _byId.Add(plan.Id, simulated);
            await station.StartAsync(cancellationToken).ConfigureAwait(false);
            if ((i + 1) % _settings.RampPerSecond == 0 && !await DelayAsync(TimeSpan.FromSeconds(_speed), cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>One bay, one tick: settle a start, charge the vehicle, let a full one leave, let a new one arrive.</summary>
    private async Task StepAsync(SimulatedStation station, EvseSlot slot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var charger = station.Station;
        if (slot.Starting is { IsCompleted: true } starting)
        {
            slot.Starting = null;
            var outcome = starting.IsCompletedSuccessfully ? await starting.ConfigureAwait(false) : SessionStartOutcome.NotAuthorized;
            if (outcome == SessionStartOutcome.Started)
            {
                slot.Charging = true;
                Counters.Started();
            }
            else
            {
                Counters.Refused();
                Leave(slot, now);
            }
        }

        var transactionId = charger.GetTransactionId(slot.EvseId);
        if (slot.Charging && transactionId is null)
        {
            // The session ended without the driver (remote stop, reset): the vehicle leaves.
            Counters.Completed(slot.Vehicle?.EnergyWh ?? 0);
            Leave(slot, now);
        }
        else if (!slot.Charging && slot.Starting is null && transactionId is not null)
        {
            // Started by the central system (remote start): a driver who used the app plugged this vehicle in.
            slot.Vehicle = new EvModel(_vehicles.Next(station.Plan.Template.Dc));
            slot.PluggedAt = now;
            slot.Charging = true;
            Counters.RemoteStart();
            Counters.Started();
        }

        if (slot is { Charging: true, Vehicle: { } vehicle } && transactionId is not null)
        {
            // The station's meter loop charges the vehicle (BayLoad); the runner only decides when it leaves.
            if (_settings.Script is null && vehicle.ReachedTarget)
            {
                slot.LeavesAt ??= now + vehicle.Profile.Dwell;
                if (now >= slot.LeavesAt)
                {
                    charger.StopSession(slot.EvseId);
                    Counters.Completed(vehicle.EnergyWh);
                    Leave(slot, now);
                }
            }
        }

        if (_settings.Script is null && slot.Vehicle is null && slot.Starting is null && now >= slot.NextArrival && charger.IsOnline)
        {
            if (FreeToken() is not { } token)
            {
                // Every driver is busy elsewhere: nobody arrives this time.
                slot.NextArrival = now + IdleGap(TimeSpan.FromHours(1));
                return;
            }

            slot.Vehicle = new EvModel(_vehicles.Next(station.Plan.Template.Dc));
            slot.PluggedAt = now;
            slot.Token = token;
            _tokensInUse.Add(token);
            slot.Starting = charger.StartSessionAsync(slot.EvseId, token, cancellationToken);
        }
    }

    /// <summary>The bay empties; with random arrivals the next vehicle comes after an exponential gap sized to the utilisation target.</summary>
    private void Leave(EvseSlot slot, DateTimeOffset now)
    {
        var occupied = now - slot.PluggedAt;
        if (slot.Token is { } token)
        {
            _tokensInUse.Remove(token);
        }

        slot.Clear();
        slot.NextArrival = now + IdleGap(occupied);
    }

    /// <summary>
    /// Busy and idle periods alternate; with idle gaps of mean <c>busy × (1 − u) / u</c> an EVSE is occupied a
    /// share <c>u</c> of the time in the long run (an alternating renewal process). Exponential gaps make the
    /// arrivals Poisson-like.
    /// </summary>
    private TimeSpan IdleGap(TimeSpan busy)
    {
        var u = _settings.Utilisation;
        var mean = Math.Max(60, busy.TotalSeconds) * (1 - u) / u;
        return TimeSpan.FromSeconds(-mean * Math.Log(1 - _random.NextDouble()));
    }

    /// <summary>First arrivals are spread over the first hour, so a fleet does not start every session at once.</summary>
    private TimeSpan FirstArrival() => TimeSpan.FromSeconds(_random.NextDouble() * 3600 * (1 - _settings.Utilisation));

    private string Token(string? given) => given ?? FreeToken() ?? _settings.Fleet.Tokens[_random.Next(_settings.Fleet.Tokens.Count)];

    /// <summary>A random token of the fleet's list that no plugged-in driver holds, or null when all are busy.</summary>
    private string? FreeToken()
    {
        var free = _settings.Fleet.Tokens.Where(t => !_tokensInUse.Contains(t)).ToList();
        return free.Count == 0 ? null : free[_random.Next(free.Count)];
    }

    private async Task<bool> DelayAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void OnStationEvent(object? sender, StationEvent e)
    {
        switch (e.Kind)
        {
            case StationEventKind.BootAnswered when e.Detail == nameof(RegistrationState.Accepted):
                Counters.Boot();
                break;
            case StationEventKind.ConnectFailed:
                Counters.ConnectFailure();
                break;
            case StationEventKind.Disconnected:
                Counters.Disconnect();
                break;
            case StationEventKind.MessageDelivered:
                Counters.Delivered();
                break;
            case StationEventKind.MessageDropped:
                Counters.Dropped();
                break;
        }
    }
}
