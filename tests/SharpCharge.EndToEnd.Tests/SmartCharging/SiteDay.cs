using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.SmartCharging;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Simulator.Fleet;
using SharpCharge.Simulator.Output;
using SharpCharge.Simulator.Run;
using SharpCharge.Simulator.Time;

namespace SharpCharge.EndToEnd.Tests.SmartCharging;

/// <summary>
/// A simulated day at one site: the real central system with its balancer on, and the simulator's fleet of DC stations
/// (random arrivals) on an accelerated clock. Afterwards it reads what the central system stored: every session and its
/// periodic meter values, and the limits the balancer sent.
/// </summary>
internal sealed class SiteDay
{
    public const string SiteId = "DEPOT";
    public const int Chargers = 34;
    public const double CapacityKw = 2_900;
    public const double Speed = 1_800;

    /// <summary>The stations' meter interval: the resolution at which site power is measured.</summary>
    public static readonly TimeSpan MeterInterval = TimeSpan.FromMinutes(10);

    public static IDictionary<string, string?> BalancerSettings => new Dictionary<string, string?>
    {
        ["SmartCharging:Balancer:Enabled"] = "true",
        ["SmartCharging:Balancer:Policy"] = "EqualShare",
        // 100 ms real are three simulated minutes at this speed: well within one meter interval.
        ["SmartCharging:Balancer:DebounceMilliseconds"] = "100",
        ["SmartCharging:Balancer:DeadBandKw"] = "2",
        ["SmartCharging:Balancer:ChargerMaxPowerKw"] = "350",
        ["SmartCharging:Balancer:RebalanceSeconds"] = "5",
        // A charger that does not answer holds up its site's round until the call times out: keep that short.
        ["Ocpp:CallTimeout"] = "00:00:05",
    };

    private SiteDay(DateTimeOffset realOrigin, DateTimeOffset simulatedStart)
    {
        RealOrigin = realOrigin;
        Start = simulatedStart;
    }

    /// <summary>The real instant the simulated clock started from (it starts at the real time and runs faster).</summary>
    public DateTimeOffset RealOrigin { get; }

    /// <summary>Simulated time zero of the day.</summary>
    public DateTimeOffset Start { get; }

    public required RunSummary Summary { get; init; }

    public required IReadOnlyList<TransactionRecord> Sessions { get; init; }

    /// <summary>Each session's periodic power readings: (simulated time, kW).</summary>
    public required IReadOnlyDictionary<long, IReadOnlyList<(DateTimeOffset At, decimal Kw)>> Power { get; init; }

    /// <summary>The limits the balancer sent, in simulated time.</summary>
    public required IReadOnlyList<LimitChange> Limits { get; init; }

    /// <summary>
    /// Runs a site for <paramref name="duration"/> of simulated time; <paramref name="midway"/> runs once the simulated
    /// clock passed <paramref name="midwayAt"/> after the start (an operator's action).
    /// </summary>
    public static async Task<SiteDay> RunAsync(CsmsServer server, TimeSpan duration, TimeSpan? midwayAt = null, Func<Task>? midway = null)
    {
        await server.Get<IStationService>().SaveAsync(new Csms.Domain.Stations.Station(SiteId, "Depot") { CapacityKw = CapacityKw }, CancellationToken.None);
        var chargers = server.Get<IChargerService>();
        var fleet = new FleetDefinition(
            [new StationTemplate { Name = "dc", Count = Chargers, IdPattern = "DEPOT-{0:00}", MaxPowerKw = 350m, Dc = true, MeterInterval = MeterInterval }],
            [.. Enumerable.Range(1, Chargers * 3).Select(n => $"DRIVER-{n:000}")]);
        for (var n = 1; n <= Chargers; n++)
        {
            var id = $"DEPOT-{n:00}";
            await chargers.RegisterAsync(id, ChargerRegistrationStatus.Accepted, CancellationToken.None);
            await chargers.AssignStationAsync(id, SiteId, CancellationToken.None);
        }

        foreach (var token in fleet.Tokens)
        {
            await server.Get<IIdTokenService>().SaveAsync(new IdTokenRecord(token, "ISO14443", IdTokenStatus.Accepted), CancellationToken.None);
        }

        var settings = new RunSettings
        {
            Csms = new Uri($"ws://127.0.0.1:{server.OcppPort}/ocpp"),
            Version = OcppVersion.V201,
            Fleet = fleet,
            Utilisation = 0.95,
            Speed = Speed,
            Seed = 2_900,
            Duration = duration,
            Quiet = true,
        };
        var realOrigin = DateTimeOffset.UtcNow;
        var clock = new AcceleratedTimeProvider(Speed);
        await using var runner = new FleetRunner(settings, clock, Speed, new SilentView());
        var run = runner.RunAsync(CancellationToken.None);
        if (midwayAt is { } at && midway is not null)
        {
            while (!run.IsCompleted && (runner.StartedAt == default || clock.GetUtcNow() < runner.StartedAt + at))
            {
                await Task.Delay(10);
            }

            await midway();
        }

        var summary = await run;
        var day = new SiteDay(realOrigin, runner.StartedAt) { Summary = summary, Sessions = [], Power = new Dictionary<long, IReadOnlyList<(DateTimeOffset, decimal)>>(), Limits = [] };
        return await day.ReadBackAsync(server);
    }

    /// <summary>The simulated instant of a real one.</summary>
    public DateTimeOffset Simulated(DateTimeOffset real) => RealOrigin + ((real - RealOrigin) * Speed);

    /// <summary>Site power per meter interval from the stored readings: each session reads once per interval.</summary>
    public IReadOnlyList<(DateTimeOffset From, decimal Kw, int Sessions)> SitePower()
    {
        var buckets = new SortedDictionary<long, (decimal Kw, int Sessions)>();
        foreach (var readings in Power.Values)
        {
            foreach (var (at, kw) in readings)
            {
                var bucket = (long)Math.Floor((at - Start) / MeterInterval);
                buckets[bucket] = buckets.TryGetValue(bucket, out var b) ? (b.Kw + kw, b.Sessions + 1) : (kw, 1);
            }
        }

        return [.. buckets.Select(b => (Start + (MeterInterval * b.Key), b.Value.Kw, b.Value.Sessions))];
    }

    private async Task<SiteDay> ReadBackAsync(CsmsServer server)
    {
        var transactions = server.Get<ITransactionService>();
        var sessions = await transactions.ListAsync(null, null, 10_000, CancellationToken.None);
        var power = new Dictionary<long, IReadOnlyList<(DateTimeOffset, decimal)>>();
        foreach (var session in sessions)
        {
            power[session.Id] = [.. (await transactions.GetMeterValuesAsync(session.Id, CancellationToken.None))
                .Where(v => v.Sample.Context == MeterSample.ContextSamplePeriodic)
                .Select(v => (v.Sample.Timestamp, PowerReading.ToKw(v.Sample)))
                .Where(r => r.Item2 is not null)
                .Select(r => (r.Timestamp, r.Item2!.Value))];
        }

        var limits = server.Get<SiteLoadJournal>().Changes(SiteId).Select(c => c with { At = Simulated(c.At) }).ToList();
        return new SiteDay(RealOrigin, Start) { Summary = Summary, Sessions = sessions, Power = power, Limits = limits };
    }

    private sealed class SilentView : ILiveView
    {
        public void Render(FleetRunner runner, TimeSpan simulated)
        {
        }

        public void Finished(RunSummary summary)
        {
        }
    }
}
