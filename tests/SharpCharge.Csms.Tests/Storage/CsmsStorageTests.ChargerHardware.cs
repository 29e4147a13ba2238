using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    [Fact]
    public async Task UpdateHardware_CoordinatesAndMaxPower_ReadBackAndNullsKeepStoredValues()
    {
        await AcceptedChargerAsync("JJC-01");

        Assert.True(await Chargers.UpdateHardwareAsync("jjc-01", 33.499859, 126.531745, 100, None));
        Assert.True(await Chargers.UpdateHardwareAsync("JJC-01", null, null, 150, None));

        var charger = await Chargers.FindAsync("JJC-01", None);
        Assert.Equal(33.499859, charger!.Latitude);
        Assert.Equal(126.531745, charger.Longitude);
        Assert.Equal(150, charger.MaxPowerKw);
        Assert.Equal(charger, (await Chargers.ListAsync(null, None)).Single());
        Assert.False(await Chargers.UpdateHardwareAsync("NOBODY", 1, 1, 1, None));
    }

    [Theory]
    [InlineData(91d, 0d, 10d, "latitude")]
    [InlineData(0d, -181d, 10d, "longitude")]
    [InlineData(0d, 0d, 0d, "maxPowerKw")]
    [InlineData(0d, 0d, 100_001d, "maxPowerKw")]
    public async Task UpdateHardware_OutOfRange_NamesTheField(double latitude, double longitude, double maxPowerKw, string field)
    {
        await AcceptedChargerAsync("JJC-01");

        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Chargers.UpdateHardwareAsync("JJC-01", latitude, longitude, maxPowerKw, None));

        Assert.Equal(field, e.ParamName);
        Assert.Null((await Chargers.FindAsync("JJC-01", None))!.MaxPowerKw);
    }

    [Fact]
    public async Task Register_DeletedChargerAgain_ForgetsItsCoordinatesAndMaxPower()
    {
        await AcceptedChargerAsync("JJC-01");
        await Chargers.UpdateHardwareAsync("JJC-01", 33.5, 126.5, 100, None);
        await Chargers.DeleteAsync("JJC-01", None);

        var again = await Chargers.RegisterAsync("JJC-01", ChargerRegistrationStatus.Accepted, None);

        Assert.Equal((null, null, null), (again.Latitude, again.Longitude, again.MaxPowerKw));
    }
}
