using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// A limit an external system (EMS, grid operator) set on a 2.x charger, as the charger notified it (NotifyChargingLimit,
/// K12); it holds until ClearedChargingLimit (K13). EVSE 0 is the whole charger. Without schedules the charger only
/// announced the source; the balancer then has no number to respect.
/// </summary>
internal sealed record ExternalChargingLimit(
    string ChargerId,
    int EvseId,
    string LimitSource,
    bool? GridCritical,
    IReadOnlyList<ChargingSchedule> Schedules,
    DateTimeOffset ReceivedAt)
{
    /// <summary>Source "CSO" is the central system itself; a charger never notifies it as an external limit (K12.FR.04).</summary>
    public const string CentralSystemSource = "CSO";
}
