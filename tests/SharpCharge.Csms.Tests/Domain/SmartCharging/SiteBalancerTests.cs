using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.SmartCharging;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Tests.Domain.SmartCharging;

/// <summary>
/// The balancer over the real domain and SQLite, with the chargers' answers scripted behind <see cref="ICommandRouter"/>.
/// The clock stands still, so only events (debounce 0) start rounds; advancing it past the rebalance interval starts one.
/// </summary>
public sealed class SiteBalancerTests : IAsyncLifetime
{
    private readonly SqliteBackend _storage = new();
    private readonly TestClock _clock = new();
    private readonly ScriptedRouter _router = new();
    private readonly Leadership _leadership = new();
    private CsmsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CsmsTestHost.StartAsync(
            _storage,
            _clock,
            new CapturedLogs(),
            new Dictionary<string, string?>
            {
                ["SmartCharging:Balancer:Enabled"] = "true",
                ["SmartCharging:Balancer:DebounceMilliseconds"] = "0",
                ["SmartCharging:Balancer:ChargerMaxPowerKw"] = "22",
            },
            (services, configuration) =>
            {
                services.AddSingleton<ICommandRouter>(_router);
                services.AddSingleton<ISiteLeadership>(_leadership);
                services.AddSiteBalancing(configuration);
            });
        await _host.Get<IStationService>().SaveAsync(new Station("S1", "Depot") { CapacityKw = 30 }, CancellationToken.None);
        foreach (var charger in new[] { "A", "B", "C" })
        {
            await _host.Get<IChargerService>().RegisterAsync(charger, ChargerRegistrationStatus.Accepted, CancellationToken.None);
            await _host.Get<IChargerService>().AssignStationAsync(charger, "S1", CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.03/05, K01.FR.41; 1.6 §3.13.1")]
    public async Task SessionsStart_EachGetsAnEqualShareAsARelativeTxProfileOfItsTransaction()
    {
        var ids = new List<long>();
        foreach (var charger in new[] { "A", "B", "C" })
        {
            ids.Add(await StartAsync(charger));
        }

        await WaitAsync(() => Latest().Count == 3 && Latest().Values.All(l => l.Limit == 10_000m));

        var sent = _router.Sent.Single(s => s.ChargerId == "B" && s.Profile.Profile.Schedule.Periods[0].Limit == 10_000m).Profile;
        Assert.Equal(1, sent.EvseId);
        Assert.Equal(SiteBalancer.ProfileIdBase + 1, sent.Profile.Id);
        Assert.Equal((ChargingProfilePurpose.TxProfile, ChargingProfileKind.Relative, 1), (sent.Profile.Purpose, sent.Profile.Kind, sent.Profile.StackLevel));
        Assert.Equal(ids[1].ToString(System.Globalization.CultureInfo.InvariantCulture), sent.Profile.TransactionId);
        Assert.Null(sent.Profile.Schedule.StartSchedule);
        Assert.Equal(ChargingRateUnit.W, sent.Profile.Schedule.RateUnit);
    }

    [Fact]
    public async Task ChargerRejectsItsLimit_ItCountsAtItsMaximumAndTheOthersAreLowered()
    {
        await _host.Get<IStationService>().SaveAsync(new Station("S1", "Depot") { CapacityKw = 50 }, CancellationToken.None);
        _router.Rejecting.Add("B");
        foreach (var charger in new[] { "A", "B", "C" })
        {
            await StartAsync(charger);
        }

        // B never accepts, so it may still draw its 22 kW maximum: A and C share the other 28 kW.
        await WaitAsync(() => Latest().TryGetValue("A", out var a) && a.Limit == 14_000m && Latest().TryGetValue("C", out var c) && c.Limit == 14_000m);

        var view = _host.Get<SiteLoadJournal>().Site("S1")!;
        Assert.True(view.Sessions.Sum(s => s.CountedW) <= 50_000m, $"counted {view.Sessions.Sum(s => s.CountedW)} W");
        Assert.False(view.Sessions.Single(s => s.ChargerId == "B").Confirmed);
        Assert.Equal(22_000m, view.Sessions.Single(s => s.ChargerId == "B").CountedW);
    }

    [Fact]
    public async Task SessionEnds_TheOthersRiseOnlyAfterEveryDecreaseWasAccepted()
    {
        var a = await StartAsync("A");
        await StartAsync("B");
        await WaitAsync(() => Latest().Count == 2 && Latest().Values.All(l => l.Limit == 15_000m));
        await StartAsync("C");
        await WaitAsync(() => Latest().Values.Count(l => l.Limit == 10_000m) == 3);

        var mark = _router.Sent.Count;
        await _host.Get<ITransactionService>().StopAsync(new TransactionStop("A", a, _clock.GetUtcNow(), 5_000m), CancellationToken.None);

        await WaitAsync(() => Latest()["B"].Limit == 15_000m && Latest()["C"].Limit == 15_000m);
        Assert.All(_router.Sent.Skip(mark), s => Assert.Equal(15_000m, s.Profile.Profile.Schedule.Periods[0].Limit));
    }

    [Fact]
    [Trait("Spec", "Issue 7: capacity lowered mid-day; the site only goes down before anything goes up")]
    public async Task CapacityLoweredWhileARoundWaitsForItsDecrease_TheRaisesPlannedForTheOldCapacityAreNeverSent()
    {
        foreach (var charger in new[] { "A", "B", "C" })
        {
            await StartAsync(charger);
        }

        await WaitAsync(() => Latest().Count == 3 && Latest().Values.All(l => l.Limit == 10_000m));

        // An external limit of 6 kW on A: the round lowers A first and would then raise B and C to 12 kW each.
        var held = _router.Hold("A");
        var sixKw = new ChargingSchedule { RateUnit = ChargingRateUnit.W, Periods = [new ChargingSchedulePeriod(0, 6_000m)] };
        await _host.Get<IChargingLimitService>().RecordExternalLimitAsync(new ExternalChargingLimit("A", 1, "EMS", true, [sixKw], default), CancellationToken.None);
        await held.Sent.WaitAsync(TimeSpan.FromSeconds(20));
        var mark = _router.Sent.Count;

        // While A's answer is out, the operator halves the site as PATCH /api/stations/S1/capacity does, then A accepts.
        await _host.Get<IStationService>().SaveAsync(new Station("S1", "Depot") { CapacityKw = 15 }, CancellationToken.None);
        _host.Get<SiteBalancingQueue>().Request("S1", _clock.GetUtcNow());
        held.Release();

        await WaitAsync(() => Latest()["A"].Limit == 5_000m && Latest()["B"].Limit == 5_000m && Latest()["C"].Limit == 5_000m);
        Assert.All(_router.Sent.Skip(mark), s => Assert.True(
            s.Profile.Profile.Schedule.Periods[0].Limit <= 10_000m,
            $"{s.ChargerId} was sent {s.Profile.Profile.Schedule.Periods[0].Limit} W after the site was lowered to 15 kW"));
    }

    [Fact]
    public async Task SecondSessionStarts_BothAreLoweredAndNothingElseIsSent()
    {
        await StartAsync("A");
        await WaitAsync(() => Latest().TryGetValue("A", out var l) && l.Limit == 22_000m);
        await StartAsync("B");

        await WaitAsync(() => Latest().Count == 2 && Latest().Values.All(l => l.Limit == 15_000m));

        // B starts counted at its 22 kW maximum: its limit and A's lower one are the only messages.
        Assert.Equal([22_000m, 15_000m, 15_000m], _router.Sent.Select(s => s.Profile.Profile.Schedule.Periods[0].Limit!.Value));
    }

    [Fact]
    public async Task NotTheSiteLeader_SendsNothing()
    {
        // A round while this node leads leaves a view of the site (asked for as a capacity change through the API
        // does). Rounds of a site never overlap, so once a round has found another leader and dropped that view, no
        // round of this node records one again, whenever the balancer's own start-up round of every site ran.
        var journal = _host.Get<SiteLoadJournal>();
        _host.Get<SiteBalancingQueue>().Request("S1", _clock.GetUtcNow());
        await WaitAsync(() => journal.Site("S1") is not null);
        _leadership.Leader = false;
        await StartAsync("A");
        await StartAsync("B");
        _clock.Advance(TimeSpan.FromMinutes(2));
        await WaitAsync(() => journal.Site("S1") is null);
        await Task.Delay(500);

        Assert.Empty(_router.Sent);
        Assert.Null(journal.Site("S1"));
    }

    [Fact]
    public async Task PeriodicRound_WithNothingChanged_SendsNothingAgain()
    {
        await StartAsync("A");
        await StartAsync("B");
        await WaitAsync(() => Latest().Count == 2 && Latest().Values.All(l => l.Limit == 15_000m));
        var sent = _router.Sent.Count;
        var rounds = _host.Get<SiteLoadJournal>().Rounds;

        _clock.Advance(TimeSpan.FromSeconds(61));
        await WaitAsync(() => _host.Get<SiteLoadJournal>().Rounds > rounds);

        Assert.Equal(sent, _router.Sent.Count);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K12.FR.01/02 (external limit notified), K13.FR.01 (released)")]
    public async Task ExternalLimitNotified_ThatChargerGetsNoMoreAndTheOthersShareTheRest_UntilCleared()
    {
        foreach (var charger in new[] { "A", "B", "C" })
        {
            await StartAsync(charger);
        }

        await WaitAsync(() => Latest().Count == 3 && Latest().Values.All(l => l.Limit == 10_000m));
        var profiles = _host.Get<IChargingLimitService>();
        var sixKw = new ChargingSchedule { RateUnit = ChargingRateUnit.W, Periods = [new ChargingSchedulePeriod(0, 6_000m)] };
        await profiles.RecordExternalLimitAsync(new ExternalChargingLimit("A", 1, "EMS", true, [sixKw], default), CancellationToken.None);

        await WaitAsync(() => Latest()["A"].Limit == 6_000m && Latest()["B"].Limit == 12_000m && Latest()["C"].Limit == 12_000m);
        var stored = Assert.Single(await _host.Get<IChargingProfileStore>().ExternalLimitsAsync("A", null, CancellationToken.None));
        Assert.Equal(_clock.GetUtcNow(), stored.ReceivedAt);

        await profiles.ClearExternalLimitAsync("A", 1, "EMS", CancellationToken.None);
        await WaitAsync(() => Latest().Values.All(l => l.Limit == 10_000m));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K15.FR.03/07 (Accepted, then a TxProfile), K15.FR.04 (Rejected without a schedule)")]
    public async Task EvChargingNeeds_OnABalancedSite_AcceptedAndTheSessionGetsAProfileWithinTheVehiclesMaximum()
    {
        await StartAsync("A");
        await StartAsync("B");
        await WaitAsync(() => Latest().Count == 2 && Latest().Values.All(l => l.Limit == 15_000m));
        var profiles = _host.Get<IChargingLimitService>();
        var sentToA = _router.Sent.Count(s => s.ChargerId == "A");

        // No maximum given: the same 15 kW, but sent again because the charger waits for a profile (K15.FR.07).
        Assert.True(await profiles.RecordEvChargingNeedsAsync("A", 1, null, CancellationToken.None));
        await WaitAsync(() => _router.Sent.Count(s => s.ChargerId == "A") == sentToA + 1);
        Assert.Equal(15_000m, Latest()["A"].Limit);

        // A vehicle that takes at most 5 kW: the rest goes to B, up to its charger's 22 kW.
        Assert.True(await profiles.RecordEvChargingNeedsAsync("A", 1, 5_000m, CancellationToken.None));
        await WaitAsync(() => Latest()["A"].Limit == 5_000m && Latest()["B"].Limit == 22_000m);

        await _host.Get<IChargerService>().RegisterAsync("LONE", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        Assert.False(await profiles.RecordEvChargingNeedsAsync("LONE", 1, null, CancellationToken.None));
    }

    private async Task<long> StartAsync(string charger)
    {
        var result = await _host.Get<ITransactionService>().StartAsync(new TransactionStart(charger, 1, 1, new IdToken("TAG-" + charger), _clock.GetUtcNow(), 0m), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        return result.TransactionId;
    }

    // The newest accepted limit per charger.
    private Dictionary<string, (long Order, decimal Limit)> Latest()
        => _router.Sent.Where(s => !_router.Rejecting.Contains(s.ChargerId))
            .GroupBy(s => s.ChargerId)
            .ToDictionary(g => g.Key, g => (g.Last().Order, g.Last().Profile.Profile.Schedule.Periods[0].Limit!.Value));

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The balancer did not get there within 20 s.");
            await Task.Delay(20);
        }
    }

    private sealed class ScriptedRouter : ICommandRouter
    {
        private long _order;

        private readonly ConcurrentDictionary<string, HeldAnswer> _held = new(StringComparer.Ordinal);

        public ConcurrentQueue<(long Order, string ChargerId, SetChargingProfile Profile)> Sent { get; } = new();

        public ConcurrentBag<string> Rejecting { get; } = [];

        /// <summary>The next profile sent to <paramref name="chargerId"/> is answered only when the test releases it.</summary>
        public HeldAnswer Hold(string chargerId) => _held[chargerId] = new HeldAnswer();

        public async ValueTask<CommandReply> SendAsync(string chargerId, ChargerCommand command, CancellationToken cancellationToken)
        {
            var profile = Assert.IsType<SetChargingProfile>(command);
            Sent.Enqueue((Interlocked.Increment(ref _order), chargerId, profile));
            if (_held.TryRemove(chargerId, out var held))
            {
                await held.AnswerAsync(cancellationToken);
            }

            return Rejecting.Contains(chargerId)
                ? new CommandReply(CommandOutcome.Rejected) { Status = "Rejected" }
                : new CommandReply(CommandOutcome.Success) { Status = "Accepted" };
        }

        public OcppVersion? ConnectedVersion(string chargerId) => OcppVersion.V16;
    }

    private sealed class HeldAnswer
    {
        private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when the held profile was sent.</summary>
        public Task Sent => _sent.Task;

        public void Release() => _released.TrySetResult();

        public Task AnswerAsync(CancellationToken cancellationToken)
        {
            _sent.TrySetResult();
            return _released.Task.WaitAsync(cancellationToken);
        }
    }

    private sealed class Leadership : ISiteLeadership
    {
        public bool Leader { get; set; } = true;

        public ValueTask<bool> IsLeaderAsync(string stationId, CancellationToken cancellationToken) => ValueTask.FromResult(Leader);
    }
}
