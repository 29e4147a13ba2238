using SharpCharge.Ocpp;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests.Configuration;

public sealed class StationSettingsTests
{
    [Fact]
    public void Definitions_AreIndexedBySetting()
    {
        Assert.Equal(Enum.GetValues<Setting>(), SettingDefinitions.All.Select(d => d.Id));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.6: a measurand the station cannot measure is Rejected and nothing changes")]
    public void TrySet_UnknownOrRepeatedMeasurand_IsRejectedAndKeepsTheValue()
    {
        var settings = new StationSettings(StationHarness.Options(OcppVersion.V16));

        Assert.Equal(SettingOutcome.Rejected, settings.TrySet(Setting.SampledMeasurands, "Energy.Active.Import.Register,RPM"));
        Assert.Equal(SettingOutcome.Rejected, settings.TrySet(Setting.SampledMeasurands, "Voltage,Voltage"));
        Assert.Equal(["Energy.Active.Import.Register", "Power.Active.Import"], settings.List(Setting.SampledMeasurands));
        Assert.Equal(SettingOutcome.Accepted, settings.TrySet(Setting.SampledMeasurands, " Voltage , Temperature "));
        Assert.Equal("Voltage,Temperature", settings.Get(Setting.SampledMeasurands));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 MeasurandEnumType has no Temperature")]
    public void TrySet_TemperatureOn201_IsRejected()
    {
        var settings = new StationSettings(StationHarness.Options(OcppVersion.V201));

        Assert.Equal(SettingOutcome.Rejected, settings.TrySet(Setting.SampledMeasurands, "Temperature"));
    }
}
