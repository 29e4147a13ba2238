namespace SharpCharge.Csms.Domain.Stations;

/// <summary>
/// Chargers: registration, credentials, boot, heartbeat and presence. Called by the connection endpoint and the
/// version adapters. Every method takes the charger id; <see cref="FindAsync"/> and <see cref="RegisterAsync"/>
/// ignore its case and return the canonical <see cref="Charger.Id"/>, which the other services expect.
/// </summary>
internal interface IChargerService
{
    Task<Charger?> FindAsync(string chargerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Charger>> ListAsync(string? stationId, CancellationToken cancellationToken);

    /// <summary>
    /// Registers an unknown charger with the given status (the unknown-charger policy: Accepted or Pending);
    /// returns the existing charger unchanged when the id is already known.
    /// </summary>
    Task<Charger> RegisterAsync(string chargerId, ChargerRegistrationStatus status, CancellationToken cancellationToken);

    /// <summary>Accepts, parks or rejects a charger (an operator accepting a Pending charger). False if unknown.</summary>
    Task<bool> SetRegistrationStatusAsync(
        string chargerId, ChargerRegistrationStatus status, CancellationToken cancellationToken);

    /// <summary>Stores a salted hash of the password (UTF-8 for 2.x; raw key bytes for 1.6). False if unknown.</summary>
    Task<bool> SetPasswordAsync(string chargerId, ReadOnlyMemory<byte> password, CancellationToken cancellationToken);

    Task<bool> SetPasswordAsync(string chargerId, string password, CancellationToken cancellationToken);

    /// <summary>Removes the password (the charger then connects without Basic authentication, if the policy allows).</summary>
    Task<bool> ClearPasswordAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>Checks an HTTP Basic password in constant time.</summary>
    Task<PasswordVerification> VerifyPasswordAsync(
        string chargerId, ReadOnlyMemory<byte> password, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the boot data, appends a boot log row and answers with the charger's registration status, the
    /// interval (<c>Csms:HeartbeatIntervalSeconds</c> when Accepted, <c>Csms:BootRetryIntervalSeconds</c> otherwise)
    /// and the current time. An unknown charger gets Rejected.
    /// </summary>
    Task<BootResult> BootAsync(ChargerBoot boot, CancellationToken cancellationToken);

    /// <summary>Records a heartbeat and returns the current time for the answer.</summary>
    Task<DateTimeOffset> HeartbeatAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>Notes that a message arrived; writes at most once per <c>Csms:LastSeenWriteIntervalSeconds</c>.</summary>
    ValueTask MarkSeenAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>
    /// The charger's socket is open: online, connected-at now, and the OCPP version negotiated. Returns the
    /// connected-at time written, which names this connection for <see cref="MarkOfflineAsync(string, DateTimeOffset, CancellationToken)"/>.
    /// </summary>
    Task<DateTimeOffset> MarkOnlineAsync(string chargerId, string ocppVersion, CancellationToken cancellationToken);

    /// <summary>
    /// The charger's socket whose upgrade request arrived at <paramref name="connectedAt"/> is open: online, with that
    /// connected-at and the OCPP version negotiated, unless a later connection of the charger is recorded already (a
    /// handshake the charger gave up on can finish after its next connection went online, here or on another node).
    /// </summary>
    Task MarkOnlineAsync(string chargerId, string ocppVersion, DateTimeOffset connectedAt, CancellationToken cancellationToken);

    /// <summary>The charger's socket closed or stopped answering pings: offline, disconnected-at now.</summary>
    Task MarkOfflineAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>
    /// The connection that went online at <paramref name="connectedAt"/> closed: offline, unless a newer connection
    /// of the same charger has gone online since (its close and the new connect may reach the database in either order).
    /// </summary>
    Task MarkOfflineAsync(string chargerId, DateTimeOffset connectedAt, CancellationToken cancellationToken);

    /// <summary>Puts the charger in a station, or takes it out with null. False if either is unknown.</summary>
    Task<bool> AssignStationAsync(string chargerId, string? stationId, CancellationToken cancellationToken);

    /// <summary>Sets the vendor and model the operator entered (a boot later overwrites them); null leaves a field as it is.</summary>
    Task<bool> UpdateDetailsAsync(string chargerId, string? vendor, string? model, CancellationToken cancellationToken);

    /// <summary>
    /// Sets where the charger stands and the most it can deliver (all EVSEs, kW); null leaves a field as it is.
    /// Latitude −90..90, longitude −180..180, power above 0 up to <see cref="ChargerService.MaxPowerKwLimit"/>, else
    /// <see cref="ArgumentOutOfRangeException"/>. False if unknown.
    /// </summary>
    Task<bool> UpdateHardwareAsync(string chargerId, double? latitude, double? longitude, double? maxPowerKw, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the charger but keeps its history: it disappears from lists and lookups, loses its password, and connects
    /// afterwards as an unknown charger would (refused when <c>Ocpp:UnknownChargers</c> is Reject). False if unknown.
    /// </summary>
    Task<bool> DeleteAsync(string chargerId, CancellationToken cancellationToken);
}
