using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Station.Model;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>A 1.6 station against a minimal in-process central system, on a manual clock.</summary>
public sealed class ChargingStationV16Tests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.2 boot Pending, errata §3.22")]
    public async Task Start_BootPendingThenAccepted_RetriesAfterIntervalThenReportsEveryConnector()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time =>
        {
            central = new MiniCentralSystem16(time);
            central.BootAnswers.Clear();
            central.BootAnswers.Enqueue((RegistrationStatus.Pending, 60));
            central.BootAnswers.Enqueue((RegistrationStatus.Accepted, 120));
            return central.Router;
        });

        await harness.Recorder.WaitForAsync(e => e.Kind == StationEventKind.BootAnswered && e.Detail == "Pending");
        Assert.Equal(RegistrationState.Pending, harness.Station.Registration);
        harness.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Single(central!.All<BootNotificationRequest>());

        await harness.AdvanceUntilAsync(() => central.All<StatusNotificationRequest>().Count == 2, Second);

        Assert.Equal(2, central.All<BootNotificationRequest>().Count);
        Assert.Equal(RegistrationState.Accepted, harness.Station.Registration);
        Assert.Equal(TimeSpan.FromSeconds(120), harness.Station.HeartbeatInterval);
        Assert.Equal([0, 1], central.All<StatusNotificationRequest>().Select(s => s.ConnectorId).Order());
        Assert.All(central.All<StatusNotificationRequest>(), s => Assert.Equal(ChargePointStatus.Available, s.Status));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.2, §4.8: no remote start while Pending")]
    public async Task RemoteStart_WhilePending_IsRejected()
    {
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time =>
        {
            var central = new MiniCentralSystem16(time);
            central.BootAnswers.Clear();
            central.BootAnswers.Enqueue((RegistrationStatus.Pending, 600));
            return central.Router;
        });
        await harness.Recorder.WaitForAsync(StationEventKind.BootAnswered);

        var answer = await harness.Connector.Server.CallAsync(new RemoteStartTransactionRequest { IdTag = "TAG-1", ConnectorId = 1 });

        Assert.Equal(RemoteStartStopStatus.Rejected, answer.Status);
        Assert.Equal(ConnectorStatus.Available, harness.Station.GetConnectorStatus(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 B03.FR.08; OCPP 1.6 §4.2 Rejected")]
    public async Task Request_WhileRejected_IsAnsweredWithSecurityError()
    {
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time =>
        {
            var central = new MiniCentralSystem16(time);
            central.BootAnswers.Clear();
            central.BootAnswers.Enqueue((RegistrationStatus.Rejected, 600));
            return central.Router;
        });
        await harness.Recorder.WaitForAsync(StationEventKind.BootAnswered);

        var error = await Assert.ThrowsAsync<Ocpp.Rpc.OcppCallException>(async () => await harness.Connector.Server.CallAsync(new ResetRequest { Type = ResetType.Soft }));

        Assert.Equal(Ocpp.Errors.OcppErrorCode.SecurityError, error.ErrorCode);
        Assert.Equal(RegistrationState.Rejected, harness.Station.Registration);
    }

    [Fact]
    [Trait("Spec", "OCPP-NOTES §2.5 reconnect back-off")]
    public async Task Start_CentralSystemUnreachable_RetriesWithGrowingWaitsThenConnects()
    {
        MiniCentralSystem16? central = null;
        var options = StationHarness.Options(OcppVersion.V16);
        options.Reconnect = new ReconnectBackOffOptions { MinimumWait = TimeSpan.FromSeconds(10), RandomRange = TimeSpan.FromSeconds(5), RepeatTimes = 2 };
        var time = new Ocpp.Tests.Support.ManualTimeProvider();
        central = new MiniCentralSystem16(time);
        await using var connector = new InMemoryStationConnector(central.Router, time) { Reachable = false };
        await using var station = new ChargingStation(options, time, connector);
        var recorder = new StationRecorder(station);
        await station.StartAsync();

        for (var i = 0; i < 2000 && recorder.Count(StationEventKind.ConnectFailed) < 4; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(2);
        }

        connector.Reachable = true;
        for (var i = 0; i < 2000 && !station.IsOnline; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(2);
        }

        Assert.True(station.IsOnline);
        var waits = recorder.Events.Where(e => e.Kind == StationEventKind.ConnectFailed).Select(e => e.RetryIn!.Value.TotalSeconds).ToArray();
        Assert.InRange(waits[0], 10, 15);
        Assert.InRange(waits[1], 20, 25);
        Assert.InRange(waits[2], 40, 45);
        Assert.InRange(waits[3], 40, 45);
        await station.StopAsync();
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.2 heartbeat")]
    public async Task Online_HeartbeatIntervalPasses_SendsHeartbeat()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => (central = new MiniCentralSystem16(time)).Router);
        await harness.Recorder.WaitForAsync(StationEventKind.BootAnswered);

        await harness.AdvanceUntilAsync(() => central!.All<HeartbeatRequest>().Count >= 2, TimeSpan.FromSeconds(30));

        await harness.Recorder.WaitForAsync(StationEventKind.HeartbeatAnswered, occurrence: 2);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.4-4.6")]
    public async Task LocalSession_AuthorizeStartMeterStop_SendsTheCentralSystemsTransactionId()
    {
        MiniCentralSystem16? central = null;
        var options = StationHarness.Options(OcppVersion.V16);
        options.MeterValueInterval = TimeSpan.FromSeconds(60);
        await using var harness = await StationHarness.StartAsync(options, time => (central = new MiniCentralSystem16(time)).Router);
        await harness.Recorder.WaitForAsync(e => e.Kind == StationEventKind.MessageDelivered && e.Action == "StatusNotification");
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));

        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "TAG-1"));
        await harness.Recorder.WaitForAsync(StationEventKind.TransactionIdAssigned);
        Assert.Equal(ConnectorStatus.Charging, harness.Station.GetConnectorStatus(1));
        await harness.AdvanceUntilAsync(() => central!.All<MeterValuesRequest>().Count >= 1, TimeSpan.FromSeconds(10));
        Assert.True(harness.Station.StopSession(1));
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<StopTransactionRequest>().Count == 1));

        var start = Assert.Single(central!.All<StartTransactionRequest>());
        var meter = central.All<MeterValuesRequest>()[0];
        var stop = central.All<StopTransactionRequest>()[0];
        Assert.Equal("TAG-1", Assert.Single(central.All<AuthorizeRequest>()).IdTag);
        Assert.Equal(1, start.ConnectorId);
        Assert.Equal(101, meter.TransactionId);
        Assert.Equal(101, stop.TransactionId);
        Assert.Equal(Reason.Local, stop.Reason);
        Assert.True(stop.MeterStop > start.MeterStart);
        Assert.Equal(ConnectorStatus.Available, harness.Station.GetConnectorStatus(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.4")]
    public async Task LocalSession_TagRefused_DoesNotStart()
    {
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => new MiniCentralSystem16(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));

        Assert.Equal(SessionStartOutcome.NotAuthorized, await harness.Station.StartSessionAsync(1, "STRANGER"));
        Assert.Equal(ConnectorStatus.Available, harness.Station.GetConnectorStatus(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.8")]
    public async Task RemoteStartThenRemoteStop_StartsAndStopsARealSession()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => (central = new MiniCentralSystem16(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));

        var started = await harness.Connector.Server.CallAsync(new RemoteStartTransactionRequest { IdTag = "TAG-1", ConnectorId = 1 });
        Assert.Equal(RemoteStartStopStatus.Accepted, started.Status);
        var assigned = await harness.Recorder.WaitForAsync(StationEventKind.TransactionIdAssigned);
        var busy = await harness.Connector.Server.CallAsync(new RemoteStartTransactionRequest { IdTag = "TAG-1", ConnectorId = 1 });
        var wrongStop = await harness.Connector.Server.CallAsync(new RemoteStopTransactionRequest { TransactionId = 999 });
        var stopped = await harness.Connector.Server.CallAsync(new RemoteStopTransactionRequest { TransactionId = int.Parse(assigned.TransactionId!, System.Globalization.CultureInfo.InvariantCulture) });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<StopTransactionRequest>().Count == 1));

        Assert.Equal(RemoteStartStopStatus.Rejected, busy.Status);
        Assert.Equal(RemoteStartStopStatus.Rejected, wrongStop.Status);
        Assert.Equal(RemoteStartStopStatus.Accepted, stopped.Status);
        Assert.Equal("TAG-1", Assert.Single(central!.All<StartTransactionRequest>()).IdTag);
        Assert.Empty(central.All<AuthorizeRequest>());
        Assert.Equal(Reason.Remote, central.All<StopTransactionRequest>()[0].Reason);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.5 StopTransactionOnInvalidId")]
    public async Task RemoteStart_TagRefusedInStartAnswer_StopsWithDeAuthorized()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => (central = new MiniCentralSystem16(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));

        var started = await harness.Connector.Server.CallAsync(new RemoteStartTransactionRequest { IdTag = "STRANGER", ConnectorId = 1 });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<StopTransactionRequest>().Count == 1));

        Assert.Equal(RemoteStartStopStatus.Accepted, started.Status);
        var stop = central!.All<StopTransactionRequest>()[0];
        Assert.Equal(Reason.DeAuthorized, stop.Reason);
        Assert.Single(central.All<StartTransactionRequest>());
        Assert.Equal(ConnectorStatus.Available, harness.Station.GetConnectorStatus(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.9 Reset")]
    public async Task Reset_Hard_EndsTheSessionReconnectsAndBootsAgain()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => (central = new MiniCentralSystem16(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        await harness.Station.StartSessionAsync(1, "TAG-1");
        await harness.Recorder.WaitForAsync(StationEventKind.TransactionIdAssigned);

        var answer = await harness.Connector.Server.CallAsync(new ResetRequest { Type = ResetType.Hard });

        Assert.Equal(ResetStatus.Accepted, answer.Status);
        await harness.AdvanceUntilAsync(() => central!.All<BootNotificationRequest>().Count == 2, Second);
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<StopTransactionRequest>().Count == 1));
        Assert.Equal(Reason.HardReset, central!.All<StopTransactionRequest>()[0].Reason);
        Assert.Equal(2, harness.Connector.Connections);
    }
}
