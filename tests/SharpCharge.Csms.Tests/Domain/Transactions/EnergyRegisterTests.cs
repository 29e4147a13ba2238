using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Domain.Transactions;

public sealed class EnergyRegisterTests
{
    private static readonly DateTimeOffset At = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToWh_ValueWithoutOptionalFields_IsImportRegisterInWh()
    {
        Assert.Equal(1234.5m, EnergyRegister.ToWh(new MeterSample(At, 1234.5m)));
    }

    [Fact]
    public void ToWh_KWhUnit_ConvertsToWh()
    {
        Assert.Equal(12_345m, EnergyRegister.ToWh(new MeterSample(At, 12.345m) { Unit = "kWh" }));
    }

    [Fact]
    public void ToWh_Multiplier_ScalesByPowerOfTen()
    {
        Assert.Equal(12_300m, EnergyRegister.ToWh(new MeterSample(At, 12.3m) { Unit = "Wh", Multiplier = 3 }));
        Assert.Equal(1.5m, EnergyRegister.ToWh(new MeterSample(At, 1.5m) { Unit = "kWh", Multiplier = -3 }));
    }

    [Theory]
    [InlineData("Power.Active.Import", null, "W")]
    [InlineData("Energy.Active.Import.Register", "L1", "Wh")]
    [InlineData("Energy.Active.Export.Register", null, "Wh")]
    [InlineData("Energy.Active.Import.Register", null, "varh")]
    public void ToWh_NotTheOverallImportRegister_ReturnsNull(string measurand, string? phase, string unit)
    {
        Assert.Null(EnergyRegister.ToWh(new MeterSample(At, 10m) { Measurand = measurand, Phase = phase, Unit = unit }));
    }

    [Fact]
    public void ToWh_SignedDataWithoutValue_ReturnsNull()
    {
        Assert.Null(EnergyRegister.ToWh(new MeterSample(At, null) { Format = "SignedData", SignedData = "AB01" }));
    }

    [Fact]
    public void WithDefaults_AbsentFields_TakeTheSpecificationDefaults()
    {
        var sample = new MeterSample(new DateTimeOffset(2025, 6, 2, 10, 0, 0, TimeSpan.FromHours(2)), 1m).WithDefaults();

        Assert.Equal("Energy.Active.Import.Register", sample.Measurand);
        Assert.Equal("Sample.Periodic", sample.Context);
        Assert.Equal("Outlet", sample.Location);
        Assert.Equal("Wh", sample.Unit);
        Assert.Null(sample.Phase);
        Assert.Equal(TimeSpan.Zero, sample.Timestamp.Offset);
        Assert.Equal(At, sample.Timestamp);
    }

    [Fact]
    public void WithDefaults_NonEnergyMeasurandWithoutUnit_LeavesUnitEmpty()
    {
        Assert.Null(new MeterSample(At, 230m) { Measurand = "Voltage" }.WithDefaults().Unit);
    }
}
