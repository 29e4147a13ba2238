using SharpCharge.Station;

namespace SharpCharge.Simulator.Run;

/// <summary>
/// A station's load: each EVSE draws what the vehicle in its bay asks for, so the station's meter values (energy,
/// power, current, SoC) are the vehicle's. The station calls it from its meter loop; the runner only swaps vehicles.
/// </summary>
internal sealed class BayLoad : IEvseLoad
{
    /// <summary>The station's bays, set once the station and its bays exist.</summary>
    public EvseSlot[] Slots { get; set; } = [];

    public EvseDemand Demand(int evseId, string transactionId, TimeSpan elapsed, decimal offeredW)
    {
        var slots = Slots;
        if (evseId < 1 || evseId > slots.Length || slots[evseId - 1].Vehicle is not { } vehicle)
        {
            // A session the central system started before the runner's next tick gave it a vehicle: the driver is
            // plugged in, so it draws what is offered until the vehicle takes over.
            return new EvseDemand(offeredW);
        }

        return vehicle.Demand(evseId, transactionId, elapsed, offeredW);
    }
}
