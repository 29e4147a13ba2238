using SharpCharge.Csms.Domain.Events;

namespace SharpCharge.Csms.Domain.Stations;

/// <summary>
/// Persistence of chargers and their boot log. Every lookup by id ignores case. Deleted chargers are kept (history
/// stays) but no lookup or list returns them; inserting the id again brings the row back.
/// </summary>
internal interface IChargerStore
{
    Task<Charger?> FindAsync(string chargerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Charger>> ListAsync(string? stationId, CancellationToken cancellationToken);

    /// <summary>Inserts the charger unless one with that id (in any case) exists; returns the stored one.</summary>
    Task<Charger> InsertIfMissingAsync(
        string chargerId, ChargerRegistrationStatus status, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> SetRegistrationStatusAsync(
        string chargerId, ChargerRegistrationStatus status, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> SetPasswordHashAsync(string chargerId, string? hash, DateTimeOffset now, CancellationToken cancellationToken);

    Task<ChargerPasswordHash?> GetPasswordHashAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>Stores the boot data on the charger and appends a boot log row, in one database transaction.</summary>
    Task RecordBootAsync(ChargerBoot boot, BootLogEntry logEntry, DateTimeOffset now, CancellationToken cancellationToken);

    Task RecordHeartbeatAsync(string chargerId, DateTimeOffset now, CancellationToken cancellationToken);

    Task RecordSeenAsync(string chargerId, DateTimeOffset now, CancellationToken cancellationToken);

    Task SetOnlineAsync(
        string chargerId, bool online, string? ocppVersion, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Online through the connection that began at <paramref name="connectedAt"/>, unless a later connection, begun
    /// by <paramref name="now"/>, is recorded already.
    /// </summary>
    Task SetConnectionOnlineAsync(
        string chargerId, string ocppVersion, DateTimeOffset connectedAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks the charger offline only if its recorded connection began at or before <paramref name="connectedAt"/>.</summary>
    Task SetOfflineAsync(string chargerId, DateTimeOffset connectedAt, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> AssignStationAsync(string chargerId, string? stationId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets the vendor and model the operator entered; a null leaves the field as it is. False if unknown.</summary>
    Task<bool> UpdateDetailsAsync(string chargerId, string? vendor, string? model, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets the coordinates and the maximum power (kW); a null leaves the field as it is. False if unknown.</summary>
    Task<bool> UpdateHardwareAsync(
        string chargerId, double? latitude, double? longitude, double? maxPowerKw, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Soft-deletes the charger and forgets its password. False if unknown or already deleted.</summary>
    Task<bool> DeleteAsync(string chargerId, DateTimeOffset now, CancellationToken cancellationToken);
}
