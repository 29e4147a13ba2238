using SharpCharge.Csms.Api.Commands;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;

namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>
/// One SetChargingProfile sent to a charger: the profile and version, the outcome (<c>success</c>, <c>rejected</c>, ...)
/// with the charger's status, the command in the history, and when it stopped applying.
/// </summary>
internal sealed record AssignmentDto(
    long Id,
    string ChargerId,
    int EvseId,
    int ProfileId,
    int? ProfileVersion,
    string Source,
    string Outcome,
    string? Status,
    string? Detail,
    long? CommandId,
    DateTimeOffset AssignedAt,
    DateTimeOffset? ClearedAt,
    ChargingProfileView Profile)
{
    public static AssignmentDto From(ProfileAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new(
            assignment.Id,
            assignment.ChargerId,
            assignment.EvseId,
            assignment.Profile.Id,
            assignment.ProfileVersion,
            ChargerProfilesDto.Word(assignment.Source),
            CommandResults.Status(assignment.Outcome),
            assignment.Status,
            assignment.Detail,
            assignment.CommandId,
            assignment.AssignedAt,
            assignment.ClearedAt,
            ChargingProfileView.From(assignment.Profile));
    }
}
