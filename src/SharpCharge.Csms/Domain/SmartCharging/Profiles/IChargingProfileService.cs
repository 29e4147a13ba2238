using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// Charging profiles as stored, versioned objects; sending them to chargers (through the command history) and keeping
/// what each charger has: what it accepted, what it reports (2.x K09) and the external limits it notifies (2.x K12/K13).
/// </summary>
internal interface IChargingProfileService
{
    Task<StoredChargingProfile> CreateAsync(string? name, ChargingProfile profile, CancellationToken cancellationToken);

    /// <summary>A new version of the profile; null when there is no such profile or it is deleted.</summary>
    Task<StoredChargingProfile?> UpdateAsync(int id, string? name, ChargingProfile profile, CancellationToken cancellationToken);

    Task<StoredChargingProfile?> GetAsync(int id, int? version, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredChargingProfile>> ListAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredChargingProfile>> VersionsAsync(int id, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(int id, CancellationToken cancellationToken);

    /// <summary>
    /// Sends a profile (a stored version when <paramref name="version"/> is set) to a charger's EVSE with
    /// SetChargingProfile and records the outcome. A TxProfile goes to the transaction running on that EVSE
    /// (<paramref name="transactionId"/>: the central system's id, to pick one).
    /// </summary>
    Task<AssignmentResult> AssignAsync(
        string chargerId, int evseId, ChargingProfile profile, int? version, long? transactionId, string requestedBy, CancellationToken cancellationToken);

    /// <summary>Records a profile sent without being stored (SetChargingProfile by hand); nothing when it was never sent.</summary>
    Task RecordSentAsync(string chargerId, int evseId, ChargingProfile profile, CommandResult result, CancellationToken cancellationToken);

    /// <summary>Clears a profile from a charger (ClearChargingProfile by id) and ends its assignments.</summary>
    Task<CommandResult> UnassignAsync(string chargerId, int profileId, string requestedBy, CancellationToken cancellationToken);

    /// <summary>2.x: asks the charger for every profile it holds (GetChargingProfiles); the report arrives afterwards.</summary>
    Task<CommandResult> RefreshAsync(string chargerId, int? evseId, string requestedBy, CancellationToken cancellationToken);

    Task<ChargerProfiles> ChargerProfilesAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>The composite schedule the shared calculator predicts for an EVSE from what the charger has.</summary>
    Task<CompositeSchedule> PredictAsync(string chargerId, int evseId, int duration, ChargingRateUnit unit, CancellationToken cancellationToken);
}
