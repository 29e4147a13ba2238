using SharpCharge.Csms.Domain;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    [Fact]
    public async Task Start_NewTransaction_IssuesAnIdAndAuthorizesTheToken()
    {
        await AcceptedChargerAsync();
        await TokenAsync("TAG-1");

        var result = await Transactions.StartAsync(
            new TransactionStart("CP-1", 1, 1, new IdToken("TAG-1"), At(-2), 1000m) { ReservationId = 77 }, None);

        Assert.Equal((IdTokenStatus.Accepted, false), (result.IdTokenInfo.Status, result.Replayed));
        var stored = await Transactions.GetAsync(result.TransactionId, None);
        Assert.Equal(
            new TransactionRecord(result.TransactionId, "CP-1", TransactionState.Running, At(-2))
            {
                EvseId = 1,
                ConnectorId = 1,
                IdToken = "TAG-1",
                IdTokenType = IdTokenTypes.Central,
                AuthorizationStatus = IdTokenStatus.Accepted,
                ReservationId = 77,
                StartRecorded = true,
                MeterStartWh = 1000m,
                LastMeterWh = 1000m,
                LastMeterAt = At(-2),
                CreatedAt = Clock.GetUtcNow(),
                UpdatedAt = Clock.GetUtcNow(),
            },
            stored);
    }

    [Fact]
    public async Task Start_Replayed_ReturnsTheSameIdAndStoresNothing()
    {
        await AcceptedChargerAsync();
        await TokenAsync("TAG-1");
        var start = new TransactionStart("CP-1", 1, 1, new IdToken("TAG-1"), At(-2), 1000m);

        var first = await Transactions.StartAsync(start, None);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var replay = await Transactions.StartAsync(start, None);

        Assert.Equal(first.TransactionId, replay.TransactionId);
        Assert.True(replay.Replayed);
        Assert.Equal(IdTokenStatus.Accepted, replay.IdTokenInfo.Status);
        Assert.Single(await Transactions.ListAsync("CP-1", null, 10, None));
        Assert.True(Logs.Contains(DomainEventIds.TransactionStartReplayed));
    }

    [Fact]
    public async Task Start_UnknownToken_StillIssuesAnIdAnsweredInvalid()
    {
        await AcceptedChargerAsync();

        var result = await Transactions.StartAsync(new TransactionStart("CP-1", 1, 1, new IdToken("WHO"), At(0), 0m), None);

        Assert.True(result.TransactionId > 0);
        Assert.Equal(IdTokenStatus.Invalid, result.IdTokenInfo.Status);
    }

    [Fact]
    public async Task Start_SeveralTransactions_GetDistinctIncreasingIds()
    {
        await AcceptedChargerAsync("CP-1");
        await AcceptedChargerAsync("CP-2");

        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await StartedTransactionAsync(i % 2 == 0 ? "CP-1" : "CP-2", i + 1, $"T{i}", i));
        }

        Assert.Equal(ids.Order(), ids);
        Assert.Equal(5, ids.Distinct().Count());
    }

    [Fact]
    public async Task Start_TokenRunningOnAnotherCharger_AnswersConcurrentTx()
    {
        await AcceptedChargerAsync("CP-1");
        await AcceptedChargerAsync("CP-2");
        await TokenAsync("TAG-1");
        await StartedTransactionAsync("CP-1", 1, "TAG-1");

        var second = await Transactions.StartAsync(new TransactionStart("CP-2", 1, 1, new IdToken("TAG-1"), At(1), 0m), None);

        Assert.Equal(IdTokenStatus.ConcurrentTx, second.IdTokenInfo.Status);
        Assert.Equal(IdTokenStatus.ConcurrentTx, (await Transactions.GetAsync(second.TransactionId, None))?.AuthorizationStatus);
    }

    [Fact]
    public async Task Start_SameConnectorAfterALostStop_IsNotConcurrent()
    {
        await AcceptedChargerAsync();
        await TokenAsync("TAG-1");
        await StartedTransactionAsync("CP-1", 1, "TAG-1");

        var next = await Transactions.StartAsync(new TransactionStart("CP-1", 1, 1, new IdToken("TAG-1"), At(30), 5000m), None);

        Assert.Equal(IdTokenStatus.Accepted, next.IdTokenInfo.Status);
    }

    [Fact]
    public async Task Stop_KnownTransaction_EndsItWithEnergyAndCost()
    {
        await TariffStationAsync();
        await AcceptedChargerAsync("CP-1", "S-1");
        await TokenAsync("TAG-1");
        await TokenAsync("TAG-2");
        var id = (await Transactions.StartAsync(new TransactionStart("CP-1", 1, 1, new IdToken("TAG-1"), At(0), 1000m), None)).TransactionId;

        var result = await Transactions.StopAsync(
            new TransactionStop("CP-1", id, At(90), 13_500m) { IdToken = "TAG-2", Reason = "EVDisconnected" }, None);

        // 12.5 kWh × 0.30 + 90 min × 0.05 + 1.00 session fee
        Assert.Equal(IdTokenStatus.Accepted, result.IdTokenInfo?.Status);
        var ended = result.Transaction;
        Assert.NotNull(ended);
        Assert.Equal(
            (TransactionState.Ended, At(90), 13_500m, 12_500m, 9.25m, "EUR", "EVDisconnected", "TAG-2"),
            (ended.State, ended.StoppedAt, ended.MeterStopWh, ended.EnergyWh, ended.Cost, ended.Currency, ended.StopReason, ended.StopIdToken));
        Assert.Equal(ended, await Transactions.GetAsync(id, None));
    }

    [Fact]
    public async Task Stop_WithoutReason_RecordsLocalAndNoCostWithoutTariff()
    {
        await AcceptedChargerAsync();
        var id = await StartedTransactionAsync("CP-1", 1, "TAG-1");

        var result = await Transactions.StopAsync(new TransactionStop("CP-1", id, At(10), 2500m), None);

        Assert.Equal("Local", result.Transaction?.StopReason);
        Assert.Equal(1500m, result.Transaction?.EnergyWh);
        Assert.Null(result.Transaction?.Cost);
        Assert.Null(result.IdTokenInfo);
    }

    [Fact]
    public async Task Stop_Replayed_ChangesNothing()
    {
        await AcceptedChargerAsync();
        var id = await StartedTransactionAsync("CP-1", 1, "TAG-1");
        var stop = new TransactionStop("CP-1", id, At(10), 2500m)
        {
            TransactionData = [new MeterSample(At(10), 2500m) { Context = MeterSample.ContextTransactionEnd }],
        };
        var first = await Transactions.StopAsync(stop, None);
        Clock.Advance(TimeSpan.FromMinutes(1));

        var replay = await Transactions.StopAsync(stop, None);

        Assert.True(replay.Replayed);
        Assert.Equal(first.Transaction, replay.Transaction);
        Assert.Equal(first.Transaction, await Transactions.GetAsync(id, None));
        Assert.Single(await Transactions.GetMeterValuesAsync(id, None));
        Assert.True(Logs.Contains(DomainEventIds.StopReplayed));
    }

    [Fact]
    public async Task Stop_UnknownTransaction_AnswersAndKeepsTheMeterData()
    {
        await AcceptedChargerAsync();
        await TokenAsync("TAG-1");

        var result = await Transactions.StopAsync(
            new TransactionStop("CP-1", -1, At(10), 2500m)
            {
                IdToken = "TAG-1",
                TransactionData = [new MeterSample(At(0), 1000m) { Context = MeterSample.ContextTransactionBegin },
                    new MeterSample(At(10), 2500m) { Context = MeterSample.ContextTransactionEnd }],
            },
            None);

        Assert.Null(result.Transaction);
        Assert.Equal(IdTokenStatus.Accepted, result.IdTokenInfo?.Status);
        var kept = await Host.Get<ITransactionStore>().GetChargerMeterValuesAsync("CP-1", At(-1), At(11), 10, None);
        Assert.Equal([(null, 1000m), (null, 2500m)], kept.Select(v => (v.TransactionId, v.Sample.Value)));
        Assert.True(Logs.Contains(DomainEventIds.StopForUnknownTransaction));
    }

    [Fact]
    public async Task Stop_TransactionOfAnotherCharger_IsTreatedAsUnknown()
    {
        await AcceptedChargerAsync("CP-1");
        await AcceptedChargerAsync("CP-2");
        var id = await StartedTransactionAsync("CP-1", 1, "TAG-1");

        var result = await Transactions.StopAsync(new TransactionStop("CP-2", id, At(10), 2500m), None);

        Assert.Null(result.Transaction);
        Assert.Equal(TransactionState.Running, (await Transactions.GetAsync(id, None))?.State);
    }
}
