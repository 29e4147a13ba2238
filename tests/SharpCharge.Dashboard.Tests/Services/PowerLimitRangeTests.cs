using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Dashboard;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Dashboard.Tests.Services;

public sealed class PowerLimitRangeTests
{
    private static readonly DashboardOptions Options = new() { MaxPowerLimitKw = 350 };

    [Fact]
    public void PowerLimitRange_ChargerWithMaxPower_EndsAtIt()
    {
        Assert.Equal((10, 150), DashboardQueries.PowerLimitRange(Charger(150.7), Options));
    }

    [Fact]
    public void PowerLimitRange_ChargerWithoutMaxPower_EndsAtTheConfiguredLimit()
    {
        Assert.Equal((10, 350), DashboardQueries.PowerLimitRange(Charger(null), Options));
    }

    [Fact]
    public void PowerLimitRange_ChargerBelowTenKilowatts_StartsAtItsMaximum()
    {
        Assert.Equal((7, 7), DashboardQueries.PowerLimitRange(Charger(7.4), Options));
    }

    private static ChargerDto Charger(double? maxPowerKw) =>
        new("CP-1", null, null, null, null, null, "2.0.1", ChargerRegistrationStatus.Accepted, true, null, null, [], 0m, 0m, null, false, DateTimeOffset.UnixEpoch, null, null, maxPowerKw);
}
