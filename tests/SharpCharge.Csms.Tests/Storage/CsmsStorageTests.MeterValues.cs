using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    [Fact]
    public async Task RecordMeterValues_EveryField_IsStoredAndReadBack()
    {
        await AcceptedChargerAsync();
        var id = await StartedTransactionAsync("CP-1", 1, "TAG-1");
        MeterSample[] samples =
        [
            new(At(1), 1234.5678m) { Measurand = "Energy.Active.Import.Register", Unit = "Wh", Context = "Sample.Periodic", Location = "Outlet" },
            new(At(1), 16.1m) { Measurand = "Current.Import", Phase = "L1", Unit = "A", Location = "Outlet", Context = "Sample.Periodic" },
            new(At(1), 231.9m) { Measurand = "Voltage", Phase = "L2-N", Unit = "V", Location = "Inlet", Context = "Sample.Clock" },
            new(At(1), 11.04m) { Measurand = "Power.Active.Import", Unit = "kW", Multiplier = 0, Location = "EV", Context = "Trigger" },
            new(At(1), 57m) { Measurand = "SoC", Unit = "Percent", Location = "EV", Context = "Sample.Periodic" },
            new(At(1), 41.5m) { Measurand = "Temperature", Unit = "Celsius", Location = "Body", Context = "Other" },
            new(At(1), 12m) { Measurand = "Energy.Active.Import.Interval", Unit = "kWh", Multiplier = -3, Location = "Cable", Context = "Interruption.Begin" },
            new(At(1), null)
            {
                Measurand = "Energy.Active.Export.Register",
                Format = "SignedData",
                SignedData = "3045022100AB",
                SigningMethod = "ECDSA-secp256r1-SHA256",
                EncodingMethod = "OCMF",
                PublicKey = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE",
                Context = "Transaction.End",
            },
        ];

        var added = await Transactions.RecordMeterValuesAsync(
            new MeterValuesReport("CP-1", 1, samples) { ConnectorId = 1, TransactionId = id }, None);

        Assert.Equal(samples.Length, added);
        var stored = await Transactions.GetMeterValuesAsync(id, None);
        Assert.Equal(samples.Select(s => s.WithDefaults()).OrderBy(s => s.Measurand + s.Phase), stored.Select(s => s.Sample).OrderBy(s => s.Measurand + s.Phase));
        Assert.All(stored, s => Assert.Equal(("CP-1", (long?)id, (int?)1, (int?)1, Clock.GetUtcNow()), (s.ChargerId, s.TransactionId, s.EvseId, s.ConnectorId, s.ReceivedAt)));
        Assert.Equal(1234.5678m, (await Transactions.GetAsync(id, None))?.LastMeterWh);
    }

    [Fact]
    public async Task RecordMeterValues_Replayed_IsStoredOnce()
    {
        await AcceptedChargerAsync();
        var report = new MeterValuesReport("CP-1", 0, [new MeterSample(At(1), 5000m), new MeterSample(At(1), 230m) { Measurand = "Voltage", Phase = "L1" }]);

        var first = await Transactions.RecordMeterValuesAsync(report, None);
        var replay = await Transactions.RecordMeterValuesAsync(report, None);

        Assert.Equal((2, 0), (first, replay));
        var stored = await Host.Get<ITransactionStore>().GetChargerMeterValuesAsync("CP-1", At(0), At(2), 10, None);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, s => Assert.Null(s.TransactionId));
    }

    [Fact]
    public async Task RecordMeterValues_UnknownTransaction_KeepsTheValuesWithoutIt()
    {
        await AcceptedChargerAsync();

        var added = await Transactions.RecordMeterValuesAsync(
            new MeterValuesReport("CP-1", 1, [new MeterSample(At(1), 5000m)]) { TransactionId = 424242 }, None);

        Assert.Equal(1, added);
        Assert.True(Logs.Contains(SharpCharge.Csms.Domain.DomainEventIds.MeterValuesForUnknownTransaction));
    }

    [Fact]
    public async Task RecordMeterValues_InKWh_MoveTheSessionMeterInWhAndTheRunningCost()
    {
        await TariffStationAsync();
        await AcceptedChargerAsync("CP-1", "S-1");
        var id = await StartedTransactionAsync("CP-1", 1, "TAG-1");
        await Transactions.RecordMeterValuesAsync(
            new MeterValuesReport("CP-1", 1, [new MeterSample(At(20), 5.5m) { Unit = "kWh" }]) { TransactionId = id }, None);
        Clock.Set(At(20));

        var cost = await Transactions.GetCostAsync(id, None);

        // started at 1000 Wh: 4.5 kWh × 0.30 + 20 min × 0.05 + 1.00
        Assert.Equal(new CostEstimate(id, TransactionState.Running, 4_500m, TimeSpan.FromMinutes(20), 3.35m, "EUR", At(20)), cost);
        Assert.Null(await Transactions.GetCostAsync(999_999, None));
    }

    [Fact]
    public async Task RecordMeterValues_MoreThanOneStatement_AreAllStored()
    {
        await AcceptedChargerAsync();
        var samples = Enumerable.Range(0, 95).Select(i => new MeterSample(At(0).AddSeconds(i), i * 10m)).ToArray();

        var added = await Transactions.RecordMeterValuesAsync(new MeterValuesReport("CP-1", 1, samples), None);

        Assert.Equal(95, added);
    }
}
