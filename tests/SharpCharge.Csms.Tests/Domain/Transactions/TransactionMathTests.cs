using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Domain.Transactions;

public sealed class TransactionMathTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ApplySamples_NewerRegisterReading_BecomesLastReading()
    {
        var transaction = Running() with { MeterStartWh = 1000m, LastMeterWh = 1000m, LastMeterAt = Start };

        var updated = TransactionMath.ApplySamples(transaction, [Sample(Start.AddMinutes(5), 1500m), Sample(Start.AddMinutes(1), 1100m)]);

        Assert.Equal(1500m, updated.LastMeterWh);
        Assert.Equal(Start.AddMinutes(5), updated.LastMeterAt);
        Assert.Equal(1000m, updated.MeterStartWh);
    }

    [Fact]
    public void ApplySamples_BeginReadingBeforeStartRecorded_SetsMeterStart()
    {
        var transaction = Running() with { StartRecorded = false, MeterStartWh = 2000m };

        var updated = TransactionMath.ApplySamples(
            transaction, [Sample(Start, 1000m) with { Context = MeterSample.ContextTransactionBegin }]);

        Assert.Equal(1000m, updated.MeterStartWh);
    }

    [Fact]
    public void ApplySamples_OnlyAnEndReadingKnown_LeavesTheStartAndEnergyUnknown()
    {
        var transaction = Running() with { StartRecorded = false };

        var updated = TransactionMath.ApplySamples(
            transaction, [Sample(Start.AddHours(1), 8000m) with { Context = MeterSample.ContextTransactionEnd }]);
        var ended = TransactionMath.End(updated, Start.AddHours(1), 8000m, "Local", null, Start);

        Assert.Null(updated.MeterStartWh);
        Assert.Equal(8000m, updated.LastMeterWh);
        Assert.Null(ended.EnergyWh);
    }

    [Fact]
    public void ApplySamples_NonEnergySamples_ChangeNothing()
    {
        var transaction = Running();

        var updated = TransactionMath.ApplySamples(transaction, [Sample(Start, 230m) with { Measurand = "Voltage", Unit = "V" }]);

        Assert.Equal(transaction, updated);
    }

    [Fact]
    public void End_WithTariff_ComputesEnergyAndCost()
    {
        var transaction = Running() with { MeterStartWh = 1000m };
        var tariff = new Tariff(0.40m, "EUR") { SessionFee = 0.5m };

        var ended = TransactionMath.End(transaction, Start.AddHours(1), 11_000m, "Local", tariff, Start.AddHours(1));

        Assert.Equal(TransactionState.Ended, ended.State);
        Assert.Equal(10_000m, ended.EnergyWh);
        Assert.Equal(4.5m, ended.Cost);
        Assert.Equal("EUR", ended.Currency);
    }

    [Fact]
    public void End_MeterWentBackwards_EnergyIsZero()
    {
        var ended = TransactionMath.End(Running() with { MeterStartWh = 5000m }, Start.AddHours(1), 4000m, "Local", null, Start);

        Assert.Equal(0m, ended.EnergyWh);
        Assert.Null(ended.Cost);
    }

    [Fact]
    public void End_WithoutStopReading_UsesLastReading()
    {
        var transaction = Running() with { MeterStartWh = 1000m, LastMeterWh = 1800m };

        var ended = TransactionMath.End(transaction, Start.AddHours(1), null, "EVDisconnected", null, Start);

        Assert.Equal(1800m, ended.MeterStopWh);
        Assert.Equal(800m, ended.EnergyWh);
    }

    [Fact]
    public void Estimate_RunningSession_UsesLastReadingAndTimeSoFar()
    {
        var transaction = Running() with { MeterStartWh = 1000m, LastMeterWh = 3000m };
        var tariff = new Tariff(0.50m, "EUR") { PricePerMinute = 0.10m };

        var estimate = TransactionMath.Estimate(transaction, tariff, Start.AddMinutes(30));

        Assert.Equal(2000m, estimate.EnergyWh);
        Assert.Equal(TimeSpan.FromMinutes(30), estimate.Duration);
        Assert.Equal(4m, estimate.Cost);
    }

    private static TransactionRecord Running() =>
        new(7, "CP-1", TransactionState.Running, Start) { StartRecorded = true };

    private static MeterSample Sample(DateTimeOffset at, decimal wh) => new MeterSample(at, wh).WithDefaults();
}
