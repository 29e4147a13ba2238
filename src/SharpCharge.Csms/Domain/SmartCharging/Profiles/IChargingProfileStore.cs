using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// Stored, versioned charging profiles and what chargers were sent, report and are limited by. Charger ids match
/// whatever their case.
/// </summary>
internal interface IChargingProfileStore
{
    /// <summary>Stores a new profile as version 1; the profile's id is assigned here.</summary>
    Task<StoredChargingProfile> CreateAsync(string? name, ChargingProfile profile, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Adds a version to a profile that is not deleted; null when there is no such profile.</summary>
    Task<StoredChargingProfile?> UpdateAsync(int id, string? name, ChargingProfile profile, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>One version, or the newest when <paramref name="version"/> is null; deleted profiles too.</summary>
    Task<StoredChargingProfile?> GetAsync(int id, int? version, CancellationToken cancellationToken);

    /// <summary>The newest version of every profile that is not deleted, by id.</summary>
    Task<IReadOnlyList<StoredChargingProfile>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Every version of a profile, oldest first; empty when there is no such profile.</summary>
    Task<IReadOnlyList<StoredChargingProfile>> VersionsAsync(int id, CancellationToken cancellationToken);

    /// <summary>Marks a profile deleted (its versions stay); false when there is no such profile or it is deleted already.</summary>
    Task<bool> DeleteAsync(int id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records a SetChargingProfile and its outcome. An accepted one ends the earlier accepted ones it replaced on the
    /// charger: the same profile id (1.6 §5.16.3, K01.FR.05).
    /// </summary>
    Task<long> RecordAssignmentAsync(ProfileAssignment assignment, CancellationToken cancellationToken);

    /// <summary>Ends the charger's accepted assignments of <paramref name="profileId"/> (all when null); how many ended.</summary>
    Task<int> ClearAssignmentsAsync(string chargerId, int? profileId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The charger's assignments, newest first; only those still in force (accepted, not cleared) when <paramref name="activeOnly"/>.</summary>
    Task<IReadOnlyList<ProfileAssignment>> AssignmentsAsync(string chargerId, bool activeOnly, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Adds one ReportChargingProfiles part. A part with a request id other than the one stored replaces the charger's
    /// earlier report (a new GetChargingProfiles answer); parts of one request add up (K09.FR.01/02).
    /// </summary>
    Task AddReportedAsync(string chargerId, int requestId, IReadOnlyList<ReportedChargingProfile> profiles, CancellationToken cancellationToken);

    /// <summary>The charger's newest report; empty when it never reported.</summary>
    Task<IReadOnlyList<ReportedChargingProfile>> ReportedAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>Stores or replaces the external limit of one charger, EVSE and source (NotifyChargingLimit).</summary>
    Task SaveExternalLimitAsync(ExternalChargingLimit limit, CancellationToken cancellationToken);

    /// <summary>Removes the external limits of a charger's EVSE (all EVSEs when null) of one source (all when null).</summary>
    Task<int> ClearExternalLimitsAsync(string chargerId, int? evseId, string? limitSource, CancellationToken cancellationToken);

    /// <summary>The external limits of one charger, or of every charger assigned to <paramref name="stationId"/>.</summary>
    Task<IReadOnlyList<ExternalChargingLimit>> ExternalLimitsAsync(string? chargerId, string? stationId, CancellationToken cancellationToken);
}
