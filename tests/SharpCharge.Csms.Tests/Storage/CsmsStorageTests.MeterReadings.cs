using System.Data.Common;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Storage;

// A MeterValues call for a running session moves its readings inside the database, without reading the session first:
// these tests hold the SQL to what TransactionMath.ApplySamples does with the same samples.
public abstract partial class CsmsStorageTests
{
    public static TheoryData<int> ReadingCases => [0, 1, 2, 3, 4, 5, 6, 7];

    [Theory]
    [MemberData(nameof(ReadingCases))]
    public async Task RecordMeterValues_RunningSession_MovesTheReadingsAsApplySamplesDoes(int index)
    {
        var (before, samples) = ReadingCase(index);
        await AcceptedChargerAsync();
        var id = await InsertedTransactionAsync(before);
        var expected = TransactionMath.ApplySamples(before with { Id = id }, samples.Select(s => s.WithDefaults()).ToArray());

        await Transactions.RecordMeterValuesAsync(new MeterValuesReport("CP-1", 1, samples) { TransactionId = id }, None);
        // A second message with the same samples (a lost answer, resent) changes nothing.
        await Transactions.RecordMeterValuesAsync(new MeterValuesReport("CP-1", 1, samples) { TransactionId = id }, None);

        var stored = await Transactions.GetAsync(id, None);
        Assert.NotNull(stored);
        Assert.Equal((expected.MeterStartWh, expected.LastMeterWh, expected.LastMeterAt), (stored.MeterStartWh, stored.LastMeterWh, stored.LastMeterAt));
        Assert.Equal(samples.Length, (await Transactions.GetMeterValuesAsync(id, None)).Count);
    }

    [Fact]
    public async Task RecordMeterValues_EndedSession_KeepsTheValuesAndLeavesTheSession()
    {
        await AcceptedChargerAsync();
        var id = await StartedAsync("CP-1");
        await Transactions.StopAsync(new TransactionStop("CP-1", id, At(10), 2000m), None);

        var added = await Transactions.RecordMeterValuesAsync(
            new MeterValuesReport("CP-1", 1, [new MeterSample(At(20), 9000m)]) { TransactionId = id }, None);

        var stored = await Transactions.GetAsync(id, None);
        Assert.Equal(1, added);
        Assert.Equal((TransactionState.Ended, 2000m, At(10)), (stored!.State, stored.LastMeterWh, stored.LastMeterAt));
        Assert.Equal(id, Assert.Single(await Transactions.GetMeterValuesAsync(id, None)).TransactionId);
    }

    [Fact]
    public async Task RecordMeterValues_AnotherChargersKnownTransaction_IsNotAttachedToIt()
    {
        await AcceptedChargerAsync("CP-1");
        await AcceptedChargerAsync("CP-2");
        var id = await StartedAsync("CP-1");
        await Transactions.RecordMeterValuesAsync(
            new MeterValuesReport("CP-1", 1, [new MeterSample(At(1), 1500m)]) { TransactionId = id }, None);

        var added = await Transactions.RecordMeterValuesAsync(
            new MeterValuesReport("CP-2", 1, [new MeterSample(At(2), 7000m)]) { TransactionId = id }, None);

        Assert.Equal(1, added);
        Assert.Equal(1500m, (await Transactions.GetAsync(id, None))!.LastMeterWh);
        Assert.Equal(["CP-1"], (await Transactions.GetMeterValuesAsync(id, None)).Select(v => v.ChargerId));
        Assert.True(Logs.Contains(SharpCharge.Csms.Domain.DomainEventIds.MeterValuesForUnknownTransaction));
    }

    [Fact]
    public async Task RecordMeterValues_AfterARestart_StillMoveTheSessionStartedBefore()
    {
        await AcceptedChargerAsync();
        var id = await StartedAsync("CP-1");
        await RestartAsync();

        await Transactions.RecordMeterValuesAsync(
            new MeterValuesReport("CP-1", 1, [new MeterSample(At(5), 1800m)]) { TransactionId = id }, None);

        var stored = await Transactions.GetAsync(id, None);
        Assert.Equal((1800m, At(5)), (stored!.LastMeterWh, stored.LastMeterAt));
    }

    [Fact]
    public async Task RecordMeterValues_OneFailingAmongManyInAGroupCommit_FailsAloneAndTheOthersAreStored()
    {
        const int Chargers = 20;
        var ids = new long[Chargers];
        for (var c = 0; c < Chargers; c++)
        {
            await AcceptedChargerAsync($"MV-{c}");
            ids[c] = await StartedAsync($"MV-{c}");
        }

        Task<int> Record(int c, int minute) => Transactions.RecordMeterValuesAsync(
            new MeterValuesReport($"MV-{c}", 1, [new MeterSample(At(minute), 1000m + minute)]) { TransactionId = ids[c] }, None);
        var good = Enumerable.Range(0, Chargers).Select(c => Record(c, 1)).ToList();
        // Values for a transaction that does not exist violate the foreign key: on PostgreSQL in the statements the
        // group commit sends together, which must then fail this write alone.
        var bad = Host.Get<ITransactionStore>().ExecuteAsync(
            (session, ct) => session.AddTransactionMeterValuesAsync(
                "MV-0", 999_999, 1, 1, [new MeterSample(At(2), 5m).WithDefaults()], MeterReadings.From([new MeterSample(At(2), 5m)]), At(2), ct),
            None);
        good.AddRange(Enumerable.Range(0, Chargers).Select(c => Record(c, 2)));

        await Assert.ThrowsAnyAsync<DbException>(() => bad);
        Assert.All(await Task.WhenAll(good), added => Assert.Equal(1, added));
        for (var c = 0; c < Chargers; c++)
        {
            Assert.Equal(2, (await Transactions.GetMeterValuesAsync(ids[c], None)).Count);
            Assert.Equal(1002m, (await Transactions.GetAsync(ids[c], None))!.LastMeterWh);
        }
    }

    [Fact]
    public async Task RecordMeterValues_ThenStopInTheSameGroupCommit_TheStopSeesTheReadings()
    {
        await AcceptedChargerAsync();
        var id = await InsertedTransactionAsync(new TransactionRecord(0, "CP-1", TransactionState.Running, At(0))
        {
            StartRecorded = true,
            CreatedAt = At(0),
            UpdatedAt = At(0),
        });

        // Queued back to back, so usually committed together: the stop must read the session after the values' start
        // reading, which on PostgreSQL waits among the statements the group commit sends together.
        var values = Transactions.RecordMeterValuesAsync(
            new MeterValuesReport("CP-1", 1, [new MeterSample(At(2), 1300m)]) { TransactionId = id }, None);
        var stop = Transactions.StopAsync(new TransactionStop("CP-1", id, At(3), 2000m), None);
        await Task.WhenAll(values, stop);

        var ended = await Transactions.GetAsync(id, None);
        Assert.Equal((TransactionState.Ended, 1300m, 700m), (ended!.State, ended.MeterStartWh, ended.EnergyWh));
    }

    private static (TransactionRecord Before, MeterSample[] Samples) ReadingCase(int index)
    {
        var running = new TransactionRecord(0, "CP-1", TransactionState.Running, At(0))
        {
            EvseId = 1,
            ConnectorId = 1,
            StartRecorded = true,
            MeterStartWh = 1000m,
            LastMeterWh = 1000m,
            LastMeterAt = At(0),
            CreatedAt = At(0),
            UpdatedAt = At(0),
        };
        MeterSample Energy(int minute, decimal wh, string? context = null) => new(At(minute), wh) { Context = context };
        MeterSample Voltage(int minute) => new(At(minute), 230m) { Measurand = "Voltage", Unit = "V" };
        return index switch
        {
            // Out of order within the message: the newest wins, whatever its place.
            0 => (running, [Energy(5, 1500m), Energy(9, 1900m), Energy(7, 1700m), Voltage(9)]),
            // Two readings at the newest time: the later one in the message wins.
            1 => (running, [Energy(4, 1400m), Energy(4, 1450m) with { Location = "Inlet" }]),
            // Older than the stored reading: only the values are kept.
            2 => (running with { LastMeterWh = 5000m, LastMeterAt = At(30) }, [Energy(10, 2000m)]),
            // No start known: the first reading that is not an end reading becomes the start.
            3 => (running with { MeterStartWh = null, LastMeterWh = null, LastMeterAt = null },
                [Energy(2, 8000m, MeterSample.ContextTransactionEnd), Energy(3, 1200m), Energy(4, 1300m)]),
            // Start not recorded yet: a Transaction.Begin reading replaces the start (the last one wins).
            4 => (running with { StartRecorded = false, MeterStartWh = 2000m },
                [Energy(1, 900m, MeterSample.ContextTransactionBegin), Energy(2, 950m), Energy(3, 990m, MeterSample.ContextTransactionBegin)]),
            // Start recorded: a Transaction.Begin reading does not move it.
            5 => (running, [Energy(1, 900m, MeterSample.ContextTransactionBegin)]),
            // No energy register among the samples: the session stays as it was.
            6 => (running, [Voltage(3), new MeterSample(At(3), 16m) { Measurand = "Current.Import", Unit = "A" }]),
            // kWh with a multiplier, and a phase reading that is not the session meter.
            _ => (running, [new MeterSample(At(6), 2.5m) { Unit = "kWh" }, new MeterSample(At(8), 9m) { Phase = "L1" },
                new MeterSample(At(7), 26m) { Unit = "Wh", Multiplier = 2 }]),
        };
    }

    private async Task<long> InsertedTransactionAsync(TransactionRecord record) =>
        await Host.Get<ITransactionStore>().ExecuteAsync((session, ct) => session.InsertAsync(record, ct), None);

    private async Task<long> StartedAsync(string chargerId) =>
        (await Transactions.StartAsync(new TransactionStart(chargerId, 1, 1, new IdToken("TAG-1"), At(0), 1000m), None)).TransactionId;
}
