using SharpCharge.Simulator.Ev;

namespace SharpCharge.Simulator.Tests.Ev;

/// <summary>
/// The physical rules of issue 4, checked over 500 random sessions (fixed seed): random vehicles, random meter
/// intervals and an offered power that changes as a charging profile would change it.
/// </summary>
public sealed class EvModelTests
{
    private const int Sessions = 500;

    [Fact]
    public void RandomSessions_ObeyThePhysicalRules()
    {
        var random = new Random(20261121);
        var vehicles = new EvGenerator(random);
        for (var n = 0; n < Sessions; n++)
        {
            var dc = n % 4 == 0;
            var ev = new EvModel(vehicles.Next(dc));
            var profile = ev.Profile;
            decimal integral = 0;
            var lastSoc = ev.SocPercent;
            var lastEnergy = ev.EnergyWh;
            for (var step = 0; step < 2000 && !ev.ReachedTarget; step++)
            {
                var elapsed = TimeSpan.FromSeconds(1 + random.Next(120));
                var offered = random.Next(10) == 0 ? 0m : (decimal)(random.NextDouble() * (dc ? 300_000 : 22_000));
                var socBefore = ev.SocPercent;
                var demand = ev.Demand(1, "tx", elapsed, offered);

                Assert.True(demand.PowerW >= 0, $"session {n}: negative power");
                Assert.True(demand.PowerW <= offered, $"session {n}: {demand.PowerW} W drawn, {offered} W offered");
                Assert.True(demand.PowerW <= profile.MaxPowerW, $"session {n}: {demand.PowerW} W above the vehicle's {profile.MaxPowerW} W");
                Assert.True(demand.PowerW <= profile.MaxPowerW * ChargingCurve.Fraction(socBefore) + 0.000001m, $"session {n}: above the charging curve at {socBefore} %");
                integral += demand.PowerW * (decimal)elapsed.TotalHours;
                Assert.True(ev.EnergyWh >= lastEnergy, $"session {n}: the energy register went down");
                Assert.True(Math.Abs(ev.EnergyWh - integral) < 0.0001m, $"session {n}: energy {ev.EnergyWh} Wh is not the integral of power {integral} Wh");
                Assert.True(ev.SocPercent >= lastSoc, $"session {n}: SoC went down while charging");
                Assert.True(ev.SocPercent <= profile.TargetSocPercent && ev.SocPercent <= 100, $"session {n}: SoC {ev.SocPercent} above target {profile.TargetSocPercent}");
                lastSoc = ev.SocPercent;
                lastEnergy = ev.EnergyWh;
            }

            var batteryWh = (ev.SocPercent - profile.StartSocPercent) / 100m * profile.CapacityKWh * 1000m;
            Assert.True(Math.Abs(batteryWh - (ev.EnergyWh * EvModel.Efficiency)) < 0.01m, $"session {n}: SoC rise holds {batteryWh} Wh but {ev.EnergyWh} Wh × {EvModel.Efficiency} was delivered");
        }
    }

    [Fact]
    public void Vehicle_AtTarget_DrawsNothing()
    {
        var ev = new EvModel(new EvProfile(50m, 79m, 80m, 11_000m, TimeSpan.Zero));

        ev.Demand(1, "tx", TimeSpan.FromHours(1), 11_000m);
        var after = ev.Demand(1, "tx", TimeSpan.FromMinutes(10), 11_000m);

        Assert.True(ev.ReachedTarget);
        Assert.Equal(80m, ev.SocPercent);
        Assert.Equal(0m, after.PowerW);
        Assert.Equal(500m / EvModel.Efficiency, ev.EnergyWh, 6);
    }

    [Theory]
    [InlineData(50, 11_000, 22_000, 11_000)]   // the vehicle's on-board charger limits
    [InlineData(50, 11_000, 7_400, 7_400)]     // the EVSE (or its charging profile) limits
    [InlineData(90, 100_000, 150_000, 55_000)] // above 80 % the curve tapers: half way to 100 % gives 55 %
    public void Power_IsTheLeastOfOfferVehicleAndCurve(int soc, int maxW, int offeredW, int expectedW)
    {
        var ev = new EvModel(new EvProfile(1000m, soc, 100m, maxW, TimeSpan.Zero));

        var demand = ev.Demand(1, "tx", TimeSpan.FromSeconds(1), offeredW);

        Assert.Equal(expectedW, demand.PowerW);
    }

    [Fact]
    public void Profile_WithTargetBelowStart_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new EvModel(new EvProfile(50m, 60m, 40m, 11_000m, TimeSpan.Zero)));
}
