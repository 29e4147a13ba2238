using SharpCharge.Csms.Domain.Reporting;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Domain.Reporting;

public sealed class EnergyProrationTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);

    private static TransactionRecord Ended(decimal energyWh, TimeSpan duration) =>
        new(1, "CP", TransactionState.Ended, Start) { StoppedAt = Start + duration, EnergyWh = energyWh, MeterStartWh = 0, MeterStopWh = energyWh };

    [Fact]
    public void EnergyWhBetween_SpreadsEvenlyOverTheSession()
    {
        var session = Ended(12_000m, TimeSpan.FromHours(2));

        Assert.Equal(6_000m, EnergyProration.EnergyWhBetween(session, Start, Start.AddHours(1)));
        Assert.Equal(1_500m, EnergyProration.EnergyWhBetween(session, Start.AddHours(1.75), Start.AddHours(5)));
        Assert.Equal(12_000m, EnergyProration.EnergyWhBetween(session, Start.AddDays(-1), Start.AddDays(1)));
        Assert.Equal(0m, EnergyProration.EnergyWhBetween(session, Start.AddHours(2), Start.AddHours(3)));
    }

    [Fact]
    public void EnergyWhBetween_HoursOfADay_AddUpToTheSessionEnergy()
    {
        var session = Ended(7_777m, TimeSpan.FromMinutes(137));

        var sum = Enumerable.Range(0, 24).Sum(h => EnergyProration.EnergyWhBetween(session, Start.Date.AddHours(h), Start.Date.AddHours(h + 1)));

        Assert.Equal(7_777m, Math.Round(sum, 10));
    }

    [Fact]
    public void EnergyWhBetween_Running_SpreadsTheEnergySoFarUntilTheNewestReading()
    {
        var running = new TransactionRecord(2, "CP", TransactionState.Running, Start)
        {
            MeterStartWh = 1_000m,
            LastMeterWh = 5_000m,
            LastMeterAt = Start.AddHours(1),
        };

        Assert.Equal(4_000m, EnergyProration.EnergyWh(running));
        Assert.Equal(2_000m, EnergyProration.EnergyWhBetween(running, Start.AddMinutes(30), Start.AddHours(3)));
    }

    [Fact]
    public void EnergyWhBetween_NoDuration_CountsAtTheStart()
    {
        var instant = Ended(500m, TimeSpan.Zero);

        Assert.Equal(500m, EnergyProration.EnergyWhBetween(instant, Start, Start.AddHours(1)));
        Assert.Equal(0m, EnergyProration.EnergyWhBetween(instant, Start.AddHours(-1), Start));
    }
}
