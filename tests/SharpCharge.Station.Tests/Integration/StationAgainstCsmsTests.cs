using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Station.Connection;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests.Integration;

/// <summary>
/// A station over real WebSockets against the project's central system on SQLite: what the station sends is
/// what the central system stores. Meter samples are taken by hand (interval 0), so counts are exact.
/// </summary>
public sealed class StationAgainstCsmsTests
{
    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    public async Task LocalSession_WithMeterValues_IsStoredByTheCentralSystem(OcppVersion version)
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage);
        await AcceptTagAsync(server);
        var options = Options(server, version, "CP-LIVE");
        var clock = new SteppingTimeProvider();
        await using var station = new ChargingStation(options, clock);
        var recorder = new StationRecorder(station);

        await station.StartAsync();
        await Eventually.TrueAsync(() => Task.FromResult(station.IsOnline));
        Assert.Equal(RegistrationState.Accepted, station.Registration);
        Assert.Equal(SessionStartOutcome.Started, await station.StartSessionAsync(1, "TAG-1"));
        var localId = (await recorder.WaitForAsync(StationEventKind.SessionStarted)).TransactionId!;
        Sample(station, clock, times: 2);
        clock.Skip(TimeSpan.FromMinutes(1));
        Assert.True(station.StopSession(1));
        await Eventually.TrueAsync(() => Task.FromResult(station.QueuedMessageCount == 0));

        var stored = await FindAsync(server, version, "CP-LIVE", localId, recorder);
        Assert.Equal(TransactionState.Ended, stored.State);
        Assert.Equal("TAG-1", stored.IdToken);
        var samples = await server.Get<ITransactionService>().GetMeterValuesAsync(stored.Id, CancellationToken.None);
        Assert.Equal(2, samples.Count(s => s.Sample.Context == "Sample.Periodic" && s.Sample.Measurand == "Energy.Active.Import.Register"));
        Assert.Equal(2, samples.Count(s => s.Sample.Measurand == "Power.Active.Import"));
        Assert.Contains(samples, s => s.Sample.Context == "Transaction.End");
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [Trait("Spec", "OCPP-NOTES §1.7; OCPP 2.0.1 E04")]
    public async Task OfflinePeriod_QueuedMessagesArriveOnceAfterReconnect(OcppVersion version)
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage);
        await AcceptTagAsync(server);
        var options = Options(server, version, "CP-OFFLINE");
        var network = new DroppableStationConnector(new WebSocketStationConnector(options, new SharpCharge.Station.Configuration.StationSettings(options)));
        var clock = new SteppingTimeProvider();
        await using var station = new ChargingStation(options, clock, network);
        var recorder = new StationRecorder(station);
        await station.StartAsync();
        await Eventually.TrueAsync(() => Task.FromResult(station.IsOnline));
        await station.StartSessionAsync(1, "TAG-1");
        var localId = (await recorder.WaitForAsync(StationEventKind.SessionStarted)).TransactionId!;
        await Eventually.TrueAsync(() => Task.FromResult(station.QueuedMessageCount == 0));

        await network.CutAsync();
        await Eventually.TrueAsync(() => Task.FromResult(!station.IsOnline));
        Sample(station, clock, times: 3);
        clock.Skip(TimeSpan.FromMinutes(1));
        station.StopSession(1);
        Assert.True(station.QueuedMessageCount >= 4);
        network.Restore();
        await Eventually.TrueAsync(() => Task.FromResult(station.IsOnline && station.QueuedMessageCount == 0), seconds: 30);

        Assert.Equal(2, network.Connections);
        var stored = await FindAsync(server, version, "CP-OFFLINE", localId, recorder);
        Assert.Equal(TransactionState.Ended, stored.State);
        var samples = await server.Get<ITransactionService>().GetMeterValuesAsync(stored.Id, CancellationToken.None);
        Assert.Equal(3, samples.Count(s => s.Sample.Context == "Sample.Periodic" && s.Sample.Measurand == "Energy.Active.Import.Register"));
        // 1.6 meterStop is a whole number of Wh.
        var register = version == OcppVersion.V16 ? decimal.Floor(station.GetEnergyWh(1)) : station.GetEnergyWh(1);
        Assert.Equal(register - stored.MeterStartWh, stored.EnergyWh);
        var all = await server.Get<ITransactionService>().ListAsync("CP-OFFLINE", null, 100, CancellationToken.None);
        Assert.Single(all);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    [Trait("Spec", "OCPP-NOTES §1.7; OCPP 2.0.1 E04; OCPP 1.6 §4.7 (transaction messages are delivered, once)")]
    public async Task QueueFile_DroppedConnectionThenRestart_EveryMessageIsStoredExactlyOnce(OcppVersion version)
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage);
        await AcceptTagAsync(server);
        var path = Path.Combine(Path.GetTempPath(), $"sharpcharge-queue-{Guid.NewGuid():N}.jsonl");
        try
        {
            var clock = new SteppingTimeProvider();
            var options = Options(server, version, "CP-RESTART");
            options.QueueFilePath = path;
            var network = new DroppableStationConnector(new WebSocketStationConnector(options, new SharpCharge.Station.Configuration.StationSettings(options)));
            string localId;
            decimal register;
            StationRecorder recorder;
            await using (var first = new ChargingStation(options, clock, network))
            {
                recorder = new StationRecorder(first);
                await first.StartAsync();
                await Eventually.TrueAsync(() => Task.FromResult(first.IsOnline));
                await first.StartSessionAsync(1, "TAG-1");
                localId = (await recorder.WaitForAsync(StationEventKind.SessionStarted)).TransactionId!;
                Sample(first, clock, times: 1);
                await Eventually.TrueAsync(() => Task.FromResult(first.QueuedMessageCount == 0));

                // The connection drops; the session goes on and ends offline; then the process ends.
                await network.CutAsync();
                await Eventually.TrueAsync(() => Task.FromResult(!first.IsOnline));
                Sample(first, clock, times: 3);
                clock.Skip(TimeSpan.FromMinutes(1));
                first.StopSession(1);
                register = first.GetEnergyWh(1);
                Assert.True(first.QueuedMessageCount >= 4, $"{first.QueuedMessageCount} messages queued");
            }

            // A new station on the same queue file: it sends what the first one left, and nothing twice.
            var restarted = Options(server, version, "CP-RESTART");
            restarted.QueueFilePath = path;
            await using var second = new ChargingStation(restarted, clock);
            await second.StartAsync();
            await Eventually.TrueAsync(() => Task.FromResult(second.IsOnline && second.QueuedMessageCount == 0), seconds: 30);

            var stored = await FindAsync(server, version, "CP-RESTART", localId, recorder);
            Assert.Equal(TransactionState.Ended, stored.State);
            var samples = await server.Get<ITransactionService>().GetMeterValuesAsync(stored.Id, CancellationToken.None);
            Assert.Equal(4, samples.Count(s => s.Sample.Context == "Sample.Periodic" && s.Sample.Measurand == "Energy.Active.Import.Register"));
            Assert.Equal(1, samples.Count(s => s.Sample.Context == "Transaction.End" && s.Sample.Measurand == "Energy.Active.Import.Register"));
            Assert.Equal((version == OcppVersion.V16 ? decimal.Floor(register) : register) - stored.MeterStartWh, stored.EnergyWh);
            Assert.Single(await server.Get<ITransactionService>().ListAsync("CP-RESTART", null, 100, CancellationToken.None));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ChargingStationOptions Options(CsmsServer server, OcppVersion version, string id) => new()
    {
        Id = id,
        CsmsUri = new Uri($"ws://127.0.0.1:{server.OcppPort}/ocpp"),
        Version = version,
        MeterValueInterval = TimeSpan.Zero,
        CallTimeout = TimeSpan.FromSeconds(10),
        RandomSeed = 1,
    };

    private static void Sample(ChargingStation station, SteppingTimeProvider clock, int times)
    {
        for (var i = 0; i < times; i++)
        {
            clock.Skip(TimeSpan.FromMinutes(1));
            station.SampleRunningSessions();
        }
    }

    private static Task AcceptTagAsync(CsmsServer server)
        => server.Get<IIdTokenService>().SaveAsync(new IdTokenRecord("TAG-1", "ISO14443", IdTokenStatus.Accepted), CancellationToken.None);

    private static async Task<TransactionRecord> FindAsync(CsmsServer server, OcppVersion version, string chargerId, string localId, StationRecorder recorder)
    {
        var transactions = server.Get<ITransactionService>();
        if (version == OcppVersion.V16)
        {
            var id = long.Parse((await recorder.WaitForAsync(StationEventKind.TransactionIdAssigned)).TransactionId!, System.Globalization.CultureInfo.InvariantCulture);
            return (await transactions.GetAsync(id, CancellationToken.None))!;
        }

        var stored = await transactions.FindByChargerTransactionIdAsync(chargerId, localId, CancellationToken.None);
        Assert.NotNull(stored);
        return stored;
    }
}
