using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// One SetChargingProfile the central system sent: to which charger and EVSE, which stored profile version (none for a
/// profile sent without being stored), exactly what was sent, the command that carried it and how it ended.
/// </summary>
internal sealed record ProfileAssignment(
    string ChargerId,
    int EvseId,
    ChargingProfile Profile,
    ChargingProfileSource Source,
    CommandOutcome Outcome,
    DateTimeOffset AssignedAt)
{
    public long Id { get; init; }

    public int? ProfileVersion { get; init; }

    public long? CommandId { get; init; }

    /// <summary>The charger's status word (Accepted, Rejected) or what went wrong.</summary>
    public string? Status { get; init; }

    public string? Detail { get; init; }

    /// <summary>When it stopped applying: cleared, or replaced by a later profile with the same id on the charger.</summary>
    public DateTimeOffset? ClearedAt { get; init; }

    public bool Accepted => Outcome == CommandOutcome.Success;
}
