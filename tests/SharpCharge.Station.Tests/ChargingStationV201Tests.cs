using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>A 2.0.1 station against a minimal in-process central system, on a manual clock.</summary>
public sealed class ChargingStationV201Tests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 E01-E07, J02")]
    public async Task LocalSession_StartedUpdatedEnded_CountsSeqNoFromZero()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => (central = new MiniCentralSystem201(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));

        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "TAG-1"));
        await harness.AdvanceUntilAsync(() => central!.All<TransactionEventRequest>().Count >= 2, TimeSpan.FromSeconds(10));
        harness.Station.StopSession(1);
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<TransactionEventRequest>().Any(e => e.EventType == TransactionEventEnumType.Ended)));

        var events = central!.All<TransactionEventRequest>();
        Assert.Equal([TransactionEventEnumType.Started, TransactionEventEnumType.Updated, TransactionEventEnumType.Ended], events.Select(e => e.EventType));
        Assert.Equal([0, 1, 2], events.Select(e => e.SeqNo));
        Assert.Single(events.Select(e => e.TransactionInfo.TransactionId).Distinct());
        Assert.Equal(TriggerReasonEnumType.Authorized, events[0].TriggerReason);
        Assert.Equal("TAG-1", events[0].IdToken!.IdToken);
        Assert.Equal(1, events[0].Evse!.Id);
        Assert.Equal(TriggerReasonEnumType.MeterValuePeriodic, events[1].TriggerReason);
        Assert.Equal(ReasonEnumType.Local, events[2].TransactionInfo.StoppedReason);
        Assert.All(events, e => Assert.Null(e.Offline));
        Assert.Contains(central.All<StatusNotificationRequest>(), s => s.ConnectorStatus == ConnectorStatusEnumType.Occupied);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 F01, F03")]
    public async Task RequestStartThenRequestStop_StartsAndStopsARealSession()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => (central = new MiniCentralSystem201(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));

        var start = await harness.Connector.Server.CallAsync(new RequestStartTransactionRequest
        {
            IdToken = new IdTokenType { IdToken = "APP-7", Type = IdTokenEnumType.Central },
            RemoteStartId = 77,
            EvseId = 1,
        });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<TransactionEventRequest>().Count == 1));
        var started = central!.All<TransactionEventRequest>()[0];
        var unknown = await harness.Connector.Server.CallAsync(new RequestStopTransactionRequest { TransactionId = "nope" });
        var stop = await harness.Connector.Server.CallAsync(new RequestStopTransactionRequest { TransactionId = started.TransactionInfo.TransactionId });
        await Eventually.TrueAsync(() => Task.FromResult(central.All<TransactionEventRequest>().Count == 2));

        Assert.Equal(RequestStartStopStatusEnumType.Accepted, start.Status);
        Assert.Equal(TriggerReasonEnumType.RemoteStart, started.TriggerReason);
        Assert.Equal(77, started.TransactionInfo.RemoteStartId);
        Assert.Equal(RequestStartStopStatusEnumType.Rejected, unknown.Status);
        Assert.Equal(RequestStartStopStatusEnumType.Accepted, stop.Status);
        var ended = central.All<TransactionEventRequest>()[1];
        Assert.Equal(TriggerReasonEnumType.RemoteStop, ended.TriggerReason);
        Assert.Equal(ReasonEnumType.Remote, ended.TransactionInfo.StoppedReason);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 E05 StopTxOnInvalidId")]
    public async Task RequestStart_TokenRefusedInStartedAnswer_EndsWithDeAuthorized()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => (central = new MiniCentralSystem201(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));

        await harness.Connector.Server.CallAsync(new RequestStartTransactionRequest
        {
            IdToken = new IdTokenType { IdToken = "STRANGER", Type = IdTokenEnumType.Central },
            RemoteStartId = 5,
        });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<TransactionEventRequest>().Count == 2));

        var ended = central!.All<TransactionEventRequest>()[1];
        Assert.Equal(TransactionEventEnumType.Ended, ended.EventType);
        Assert.Equal(TriggerReasonEnumType.Deauthorized, ended.TriggerReason);
        Assert.Equal(ReasonEnumType.DeAuthorized, ended.TransactionInfo.StoppedReason);
        Assert.Equal(1, ended.SeqNo);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 E04; OCPP-NOTES §1.7, §2.5")]
    public async Task OfflinePeriod_QueuedEventsReplayInOrderOnceWithOfflineFlag()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => (central = new MiniCentralSystem201(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        await harness.Station.StartSessionAsync(1, "TAG-1");
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<TransactionEventRequest>().Count == 1));

        harness.Connector.Reachable = false;
        harness.Connector.Server.RequestClose();
        await Eventually.TrueAsync(() => Task.FromResult(!harness.Station.IsOnline));
        harness.Station.SampleRunningSessions();
        harness.Station.SampleRunningSessions();
        harness.Station.StopSession(1);
        Assert.Single(central!.All<TransactionEventRequest>());
        await harness.AdvanceUntilAsync(() => harness.Connector.Attempts >= 3, TimeSpan.FromSeconds(1));
        harness.Connector.Reachable = true;
        await harness.AdvanceUntilAsync(() => central.All<TransactionEventRequest>().Count >= 4, TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.QueuedMessageCount == 0));

        var events = central.All<TransactionEventRequest>();
        Assert.Equal([0, 1, 2, 3], events.Select(e => e.SeqNo));
        Assert.Equal([null, true, true, true], events.Select(e => e.Offline));
        Assert.Equal(TransactionEventEnumType.Ended, events[3].EventType);
        Assert.Equal(2, central.All<BootNotificationRequest>().Count);
    }
}
