using SharpCharge.Simulator.Ev;
using SharpCharge.Simulator.Run;

namespace SharpCharge.Simulator.Tests.Run;

/// <summary>The station's meter asks the bays: a parked vehicle answers with its own power and SoC.</summary>
public sealed class BayLoadTests
{
    [Fact]
    public void A_parked_vehicle_draws_within_the_offer_and_reports_its_state_of_charge()
    {
        var slots = new[] { new EvseSlot(1), new EvseSlot(2) };
        slots[1].Vehicle = new EvModel(new EvProfile(50m, 20m, 80m, 7_400m, TimeSpan.Zero));
        var load = new BayLoad { Slots = slots };

        var demand = load.Demand(2, "tx-1", TimeSpan.FromMinutes(10), 22_000m);

        Assert.Equal(7_400m, demand.PowerW);
        Assert.NotNull(demand.StateOfChargePercent);
        Assert.True(demand.StateOfChargePercent > 20m);
        Assert.Equal(7_400m * 10 / 60, slots[1].Vehicle!.EnergyWh, 1);
        Assert.Equal(3_000m, load.Demand(2, "tx-1", TimeSpan.FromMinutes(1), 3_000m).PowerW);
    }

    [Fact]
    public void A_session_without_a_vehicle_yet_draws_what_is_offered()
    {
        var load = new BayLoad { Slots = [new EvseSlot(1)] };

        var demand = load.Demand(1, "tx-2", TimeSpan.FromMinutes(1), 11_000m);

        Assert.Equal(11_000m, demand.PowerW);
        Assert.Null(demand.StateOfChargePercent);
    }
}
