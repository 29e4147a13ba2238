using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Simulator.Fleet;
using SharpCharge.Simulator.Run;
using SharpCharge.Simulator.Scenarios;
using SharpCharge.Simulator.Tests.Support;
using SharpCharge.Simulator.Time;

namespace SharpCharge.Simulator.Tests.Run;

/// <summary>
/// The simulator against the project's real central system (SQLite, loopback), with time accelerated: a scripted
/// scenario's sessions, with a network cut in the middle of one, end up stored and ended, nothing left queued.
/// </summary>
public sealed class FleetRunAgainstCsmsTests
{
    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    public async Task ScriptedScenario_WithANetworkCut_CompletesBothSessions(OcppVersion version)
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage);
        await AcceptAsync(server, "TAG-0001", "TAG-0002");
        // Ten simulated minutes offline at 120× are five real seconds: room for several meter samples even on a busy machine.
        var script = ScenarioFileReader.Read("scenario.yaml", Script);
        var settings = new RunSettings
        {
            Csms = new Uri($"ws://127.0.0.1:{server.OcppPort}/ocpp"),
            Version = version,
            Fleet = FleetPlanner.FromCount(2, "CP", TimeSpan.FromMinutes(1)),
            Script = script,
            Speed = 120,
            Seed = 1,
        };
        var view = new RecordingView();
        await using var runner = new FleetRunner(settings, new AcceleratedTimeProvider(settings.Speed), settings.Speed, view);

        var summary = await runner.RunAsync(CancellationToken.None);

        Assert.Equal(2, summary.SessionsStarted);
        Assert.Equal(2, summary.SessionsCompleted);
        Assert.Equal(0, summary.SessionsRefused);
        Assert.Equal(0, summary.QueuedAtEnd);
        Assert.True(summary.EnergyKWh > 0, "the vehicles charged");
        Assert.True(summary.Disconnects >= 1, "CP0002 lost its network");
        Assert.Same(summary, view.Summary);
        var transactions = server.Get<ITransactionService>();
        foreach (var charger in new[] { "CP0001", "CP0002" })
        {
            var stored = Assert.Single(await transactions.ListAsync(charger, null, 10, CancellationToken.None));
            Assert.Equal(TransactionState.Ended, stored.State);
            Assert.True(stored.MeterStopWh > stored.MeterStartWh, $"{charger}'s meter moved");
        }

        // CP0002 was offline from minute 3 to 13: the samples it took then were queued and arrived afterwards.
        var offline = Assert.Single(await transactions.ListAsync("CP0002", null, 10, CancellationToken.None));
        var periodic = (await transactions.GetMeterValuesAsync(offline.Id, CancellationToken.None))
            .Where(s => s.Sample.Context == "Sample.Periodic" && s.Sample.Measurand == "Energy.Active.Import.Register")
            .Select(s => s.Sample.Timestamp - runner.StartedAt)
            .ToList();
        Assert.Contains(periodic, t => t > TimeSpan.FromMinutes(3.5) && t < TimeSpan.FromMinutes(12.5));
        Assert.Contains(periodic, t => t > TimeSpan.FromMinutes(13.5));
    }

    [Fact]
    public async Task RandomArrivals_StartSessionsWithTheFleetsTokens()
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage);
        var settings = new RunSettings
        {
            Csms = new Uri($"ws://127.0.0.1:{server.OcppPort}/ocpp"),
            Version = OcppVersion.V201,
            Fleet = FleetPlanner.FromCount(5, "RND", TimeSpan.FromMinutes(5)),
            Utilisation = 0.9,
            Speed = 600,
            Seed = 42,
            Duration = TimeSpan.FromHours(2),
        };
        await AcceptAsync(server, [.. settings.Fleet.Tokens]);
        await using var runner = new FleetRunner(settings, new AcceleratedTimeProvider(settings.Speed), settings.Speed, new RecordingView());

        var summary = await runner.RunAsync(CancellationToken.None);

        Assert.Equal(5, summary.Stations);
        Assert.True(summary.SessionsStarted >= 5, $"only {summary.SessionsStarted} sessions in two hours at 90 % utilisation");
        Assert.Equal(summary.SessionsStarted, summary.SessionsCompleted);
        Assert.Equal(0, summary.SessionsRefused);
        var stored = await server.Get<ITransactionService>().ListAsync(null, TransactionState.Ended, 1000, CancellationToken.None);
        Assert.Equal(summary.SessionsCompleted, stored.Count);
        Assert.All(stored, t => Assert.Contains(t.IdToken, settings.Fleet.Tokens));
    }

    private const string Script = """
        steps:
          - { at: 0s, station: CP0001, action: plug-in, vehicle: { capacityKwh: 60, socStart: 20, socTarget: 90, maxPowerKw: 11 } }
          - { at: 5s, station: CP0001, action: authorize, token: TAG-0001 }
          - { at: 30s, station: CP0002, action: authorize, token: TAG-0002 }
          - { at: 3m, station: CP0002, action: offline }
          - { at: 13m, station: CP0002, action: online }
          - { at: 15m, station: CP0002, action: unplug }
          - { at: 16m, station: CP0001, action: unplug }
        """;

    private static async Task AcceptAsync(CsmsServer server, params string[] tags)
    {
        foreach (var tag in tags)
        {
            await server.Get<IIdTokenService>().SaveAsync(new IdTokenRecord(tag, "ISO14443", IdTokenStatus.Accepted), CancellationToken.None);
        }
    }
}
