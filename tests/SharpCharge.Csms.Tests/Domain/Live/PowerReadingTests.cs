using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Domain.Live;

public sealed class PowerReadingTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    [Theory]
    [InlineData("W", 0, "7200", "7.2")]
    [InlineData(null, 0, "11000", "11")]
    [InlineData("kW", 0, "22", "22")]
    [InlineData("W", 3, "7.4", "7.4")]
    [InlineData("kW", -3, "3700", "3.7")]
    public void ToKw_OverallActiveImportPower_ConvertsUnitAndMultiplier(string? unit, int multiplier, string value, string expectedKw)
    {
        var sample = new MeterSample(At, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
        {
            Measurand = PowerReading.PowerActiveImport,
            Unit = unit,
            Multiplier = multiplier,
        };

        Assert.Equal(decimal.Parse(expectedKw, System.Globalization.CultureInfo.InvariantCulture), PowerReading.ToKw(sample));
    }

    [Fact]
    public void ToKw_PhaseValuesOtherMeasurandsAndOddUnits_AreNotPower()
    {
        Assert.Null(PowerReading.ToKw(new MeterSample(At, 7200m) { Measurand = PowerReading.PowerActiveImport, Phase = "L1" }));
        Assert.Null(PowerReading.ToKw(new MeterSample(At, 7200m) { Measurand = "Energy.Active.Import.Register", Unit = "Wh" }));
        Assert.Null(PowerReading.ToKw(new MeterSample(At, 7200m)));
        Assert.Null(PowerReading.ToKw(new MeterSample(At, 7200m) { Measurand = PowerReading.PowerActiveImport, Unit = "VA" }));
    }

    [Fact]
    public void Latest_TakesTheNewestPowerAndEnergyReadings()
    {
        MeterSample[] samples =
        [
            new(At.AddMinutes(2), 3000m) { Measurand = PowerReading.PowerActiveImport, Unit = "W" },
            new(At.AddMinutes(1), 9000m) { Measurand = PowerReading.PowerActiveImport, Unit = "W" },
            new(At.AddMinutes(2), 15m) { Measurand = MeterSample.EnergyActiveImportRegister, Unit = "kWh" },
            new(At.AddMinutes(1), 14000m) { Measurand = MeterSample.EnergyActiveImportRegister, Unit = "Wh" },
        ];

        Assert.Equal(3m, PowerReading.Latest(samples));
        Assert.Equal(15m, PowerReading.LatestEnergyKwh(samples));
        Assert.Null(PowerReading.Latest([]));
    }
}
