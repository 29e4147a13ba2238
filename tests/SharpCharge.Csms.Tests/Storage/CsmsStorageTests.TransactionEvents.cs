using SharpCharge.Csms.Domain;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    [Fact]
    public async Task ApplyEvent_StartedUpdatedEnded_BuildsTheWholeTransaction()
    {
        await TariffStationAsync();
        await AcceptedChargerAsync("CS-2", "S-1");
        await TokenAsync("EMAID-1");

        var started = await Transactions.ApplyEventAsync(
            Event("CS-2", TransactionEventKind.Started, "tx-uuid-1", 0, 0, "Authorized") with
            {
                IdToken = new IdToken("EMAID-1", IdTokenTypes.EMaid),
                EvseId = 1,
                ConnectorId = 1,
                ChargingState = "Charging",
                RemoteStartId = 5,
                NumberOfPhasesUsed = 3,
                CableMaxCurrent = 32m,
                TimeSpentChargingSeconds = 0,
                MeterValues = [Register(0, 10_000m, MeterSample.ContextTransactionBegin)],
            },
            None);
        await Transactions.ApplyEventAsync(
            Event("CS-2", TransactionEventKind.Updated, "tx-uuid-1", 1, 30, "MeterValuePeriodic") with
            {
                MeterValues = [Register(30, 15_000m, MeterSample.ContextSamplePeriodic)],
            },
            None);
        var ended = await Transactions.ApplyEventAsync(
            Event("CS-2", TransactionEventKind.Ended, "tx-uuid-1", 2, 60, "EVDeparted") with
            {
                StoppedReason = "EVDisconnected",
                ChargingState = "Idle",
                MeterValues = [Register(60, 30_000m, MeterSample.ContextTransactionEnd)],
            },
            None);

        Assert.Equal(IdTokenStatus.Accepted, started.IdTokenInfo?.Status);
        Assert.Null(ended.IdTokenInfo);
        var tx = ended.Transaction;
        Assert.Equal(
            ("tx-uuid-1", 1, 1, "EMAID-1", "eMAID", 5, TransactionState.Ended, At(0), At(60)),
            (tx.ChargerTransactionId, tx.EvseId, tx.ConnectorId, tx.IdToken, tx.IdTokenType, tx.RemoteStartId, tx.State, tx.StartedAt, tx.StoppedAt));
        // 20 kWh × 0.30 + 60 min × 0.05 + 1.00
        Assert.Equal((10_000m, 30_000m, 20_000m, 10m, "EVDisconnected", "Idle", 2), (tx.MeterStartWh, tx.MeterStopWh, tx.EnergyWh, tx.Cost, tx.StopReason, tx.ChargingState, tx.LastSeqNo));
        Assert.Equal(tx, await Transactions.FindByChargerTransactionIdAsync("CS-2", "tx-uuid-1", None));
        var events = await Transactions.GetEventsAsync(tx.Id, None);
        Assert.Equal([0, 1, 2], events.Select(e => e.SeqNo));
        Assert.Equal(
            new TransactionEventEntry(tx.Id, 0, TransactionEventKind.Started, At(0), "Authorized", false, Clock.GetUtcNow())
            {
                ChargingState = "Charging",
                IdToken = "EMAID-1",
                EvseId = 1,
                ConnectorId = 1,
                NumberOfPhasesUsed = 3,
                RemoteStartId = 5,
                CableMaxCurrent = 32m,
                TimeSpentChargingSeconds = 0,
            },
            events[0]);
        Assert.Equal(("EVDisconnected", TransactionEventKind.Ended), (events[2].StoppedReason, events[2].EventType));
        Assert.Equal(3, (await Transactions.GetMeterValuesAsync(tx.Id, None)).Count);
    }

    [Fact]
    public async Task ApplyEvent_ReplayedSeqNo_StoresNothingTwice()
    {
        await AcceptedChargerAsync("CS-2");
        var started = Event("CS-2", TransactionEventKind.Started, "tx-r", 0, 0, "CablePluggedIn") with
        {
            EvseId = 1,
            MeterValues = [Register(0, 100m, MeterSample.ContextTransactionBegin)],
        };
        var updated = Event("CS-2", TransactionEventKind.Updated, "tx-r", 1, 5, "MeterValuePeriodic") with
        {
            Offline = true,
            MeterValues = [Register(5, 900m, MeterSample.ContextSamplePeriodic)],
        };
        await Transactions.ApplyEventAsync(started, None);
        var first = await Transactions.ApplyEventAsync(updated, None);
        Clock.Advance(TimeSpan.FromMinutes(1));

        var replayedStart = await Transactions.ApplyEventAsync(started, None);
        var replayedUpdate = await Transactions.ApplyEventAsync(updated, None);

        Assert.True(replayedStart.Replayed);
        Assert.True(replayedUpdate.Replayed);
        Assert.Equal(first.Transaction, replayedUpdate.Transaction);
        Assert.Single(await Transactions.ListAsync("CS-2", null, 10, None));
        Assert.Equal(2, (await Transactions.GetEventsAsync(first.Transaction.Id, None)).Count);
        Assert.Equal(2, (await Transactions.GetMeterValuesAsync(first.Transaction.Id, None)).Count);
        Assert.True((await Transactions.GetEventsAsync(first.Transaction.Id, None))[1].Offline);
        Assert.Equal(2, Logs.Count(DomainEventIds.TransactionEventReplayed));
    }

    [Fact]
    public async Task ApplyEvent_SeqNoGap_IsLoggedAndTheEventKept()
    {
        await AcceptedChargerAsync("CS-2");
        await Transactions.ApplyEventAsync(Event("CS-2", TransactionEventKind.Started, "tx-g", 0, 0, "Authorized"), None);

        var result = await Transactions.ApplyEventAsync(Event("CS-2", TransactionEventKind.Updated, "tx-g", 3, 5, "MeterValuePeriodic"), None);

        Assert.False(result.Replayed);
        Assert.Equal(3, result.Transaction.LastSeqNo);
        var gap = Assert.Single(Logs.Entries, e => e.EventId == DomainEventIds.TransactionSeqNoGap);
        Assert.Contains("seqNo 3", gap.Message, StringComparison.Ordinal);
        Assert.Contains("expected 1", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyEvent_EndedBeforeStarted_CreatesTheTransactionAndTheLateStartCompletesIt()
    {
        await TariffStationAsync();
        await AcceptedChargerAsync("CS-2", "S-1");
        await TokenAsync("TAG-OFF");

        var ended = await Transactions.ApplyEventAsync(
            Event("CS-2", TransactionEventKind.Ended, "tx-off", 4, 60, "StopAuthorized") with
            {
                Offline = true,
                EvseId = 2,
                ConnectorId = 1,
                StoppedReason = "Local",
                MeterValues = [Register(60, 8_000m, MeterSample.ContextTransactionEnd)],
            },
            None);
        var afterEnd = ended.Transaction;
        var started = await Transactions.ApplyEventAsync(
            Event("CS-2", TransactionEventKind.Started, "tx-off", 0, 0, "Authorized") with
            {
                Offline = true,
                IdToken = new IdToken("TAG-OFF", IdTokenTypes.Iso14443),
                MeterValues = [Register(0, 2_000m, MeterSample.ContextTransactionBegin)],
            },
            None);

        Assert.Equal((TransactionState.Ended, false, At(60)), (afterEnd.State, afterEnd.StartRecorded, afterEnd.StoppedAt));
        Assert.Null(afterEnd.EnergyWh);
        Assert.True(Logs.Contains(DomainEventIds.TransactionCreatedFromLaterEvent));
        var tx = started.Transaction;
        Assert.Equal(afterEnd.Id, tx.Id);
        Assert.Equal(
            (TransactionState.Ended, true, At(0), At(60), 2_000m, 8_000m, 6_000m, "TAG-OFF", 2),
            (tx.State, tx.StartRecorded, tx.StartedAt, tx.StoppedAt, tx.MeterStartWh, tx.MeterStopWh, tx.EnergyWh, tx.IdToken, tx.EvseId));
        // 6 kWh × 0.30 + 60 min × 0.05 + 1.00
        Assert.Equal(5.8m, tx.Cost);
        Assert.Single(await Transactions.ListAsync("CS-2", null, 10, None));
    }

    [Fact]
    public async Task ApplyEvent_UpdatedBeforeStarted_CreatesARunningTransaction()
    {
        await AcceptedChargerAsync("CS-2");

        var result = await Transactions.ApplyEventAsync(
            Event("CS-2", TransactionEventKind.Updated, "tx-u", 2, 10, "MeterValuePeriodic") with
            {
                EvseId = 1,
                MeterValues = [Register(10, 500m, MeterSample.ContextSamplePeriodic)],
            },
            None);

        Assert.Equal((TransactionState.Running, false, At(10), 500m), (result.Transaction.State, result.Transaction.StartRecorded, result.Transaction.StartedAt, result.Transaction.MeterStartWh));
        Assert.False(Logs.Contains(DomainEventIds.TransactionSeqNoGap));
    }

    [Fact]
    public async Task ApplyEvent_StartTokenRunningElsewhere_AnswersConcurrentTxAndStopTokenOnlyItsStatus()
    {
        await AcceptedChargerAsync("CS-1");
        await AcceptedChargerAsync("CS-2");
        await TokenAsync("TAG-1");
        await TokenAsync("TAG-BLOCKED", IdTokenStatus.Blocked);
        await StartedTransactionAsync("CS-1", 1, "TAG-1");

        var second = await Transactions.ApplyEventAsync(
            Event("CS-2", TransactionEventKind.Started, "tx-c", 0, 1, "Authorized") with { IdToken = new IdToken("TAG-1"), EvseId = 1 }, None);
        var stop = await Transactions.ApplyEventAsync(
            Event("CS-2", TransactionEventKind.Ended, "tx-c", 1, 2, "StopAuthorized") with { IdToken = new IdToken("TAG-BLOCKED") }, None);

        Assert.Equal(IdTokenStatus.ConcurrentTx, second.IdTokenInfo?.Status);
        Assert.Equal(IdTokenStatus.Blocked, stop.IdTokenInfo?.Status);
        Assert.Equal(("TAG-1", "TAG-BLOCKED"), (stop.Transaction.IdToken, stop.Transaction.StopIdToken));
    }

    private TransactionEventReport Event(
        string chargerId, TransactionEventKind kind, string transactionId, int seqNo, int minute, string trigger) =>
        new(chargerId, kind, transactionId, At(minute), trigger, seqNo);

    private MeterSample Register(int minute, decimal wh, string context) => new(At(minute), wh) { Context = context };
}
