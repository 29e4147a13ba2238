using SharpCharge.Simulator.Fleet;
using SharpCharge.Station;

namespace SharpCharge.Simulator.Run;

/// <summary>One played station: the library's <see cref="ChargingStation"/>, its plan, its parking bays and, when a scenario takes it offline, its relay.</summary>
internal sealed class SimulatedStation(StationPlan plan, ChargingStation station, NetworkRelay? relay) : IAsyncDisposable
{
    public StationPlan Plan { get; } = plan;

    public ChargingStation Station { get; } = station;

    public NetworkRelay? Relay { get; } = relay;

    public EvseSlot[] Slots { get; } = [.. Enumerable.Range(1, plan.Template.Evses).Select(id => new EvseSlot(id))];

    public async ValueTask DisposeAsync()
    {
        await Station.DisposeAsync().ConfigureAwait(false);
        if (Relay is not null)
        {
            await Relay.DisposeAsync().ConfigureAwait(false);
        }
    }
}
