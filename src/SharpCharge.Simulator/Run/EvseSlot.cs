using SharpCharge.Simulator.Ev;
using SharpCharge.Station;

namespace SharpCharge.Simulator.Run;

/// <summary>
/// The parking bay in front of one EVSE: the vehicle plugged in (if any), its session and when the next random
/// vehicle arrives. Touched only by the runner's loop.
/// </summary>
internal sealed class EvseSlot(int evseId)
{
    public int EvseId { get; } = evseId;

    public EvModel? Vehicle { get; set; }

    /// <summary>A start in progress (Authorize, then the session); observed by the next tick.</summary>
    public Task<SessionStartOutcome>? Starting { get; set; }

    public bool Charging { get; set; }

    /// <summary>The driver's token while plugged in.</summary>
    public string? Token { get; set; }

    /// <summary>When a full vehicle leaves (simulated time); null while charging or idle.</summary>
    public DateTimeOffset? LeavesAt { get; set; }

    /// <summary>When the next random vehicle arrives (simulated time).</summary>
    public DateTimeOffset NextArrival { get; set; }

    /// <summary>Plugged-in time of the last vehicle, for the next idle gap.</summary>
    public DateTimeOffset PluggedAt { get; set; }

    public void Clear()
    {
        Vehicle = null;
        Starting = null;
        Token = null;
        Charging = false;
        LeavesAt = null;
    }
}
