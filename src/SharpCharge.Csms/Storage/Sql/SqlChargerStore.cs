using System.Data.Common;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// <see cref="IChargerStore"/> in SQL both dialects accept. Charger ids match through <c>lower(id)</c>. A deleted charger
/// (<c>deleted_at</c> set) is invisible to lookups and lists, so it connects and boots as an unknown one would.
/// Writes go through the <see cref="GroupCommitWriter"/>: thousands of chargers coming online or booting at once share
/// commits instead of paying one each.
/// </summary>
internal sealed class SqlChargerStore : IChargerStore
{
    internal const string Columns =
        "id, registration_status, station_id, password_hash IS NOT NULL, vendor, model, serial_number, firmware_version, " +
        "iccid, imsi, meter_type, meter_serial_number, ocpp_version, last_boot_at, last_boot_reason, last_heartbeat_at, " +
        "last_seen_at, online, connected_at, disconnected_at, created_at, latitude, longitude, max_power_kw, coalesce(security_profile, 0)";

    private readonly SqlDialect _dialect;
    private readonly GroupCommitWriter _writer;

    public SqlChargerStore(SqlDialect dialect, GroupCommitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(writer);
        _dialect = dialect;
        _writer = writer;
    }

    public async Task<Charger?> FindAsync(string chargerId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM chargers WHERE lower(id) = lower(@id) AND deleted_at IS NULL", null, _dialect.CommandTimeoutSeconds);
        command.AddText("id", chargerId);
        return await command.ReadFirstAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Charger>> ListAsync(string? stationId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var sql = stationId is null
            ? $"SELECT {Columns} FROM chargers WHERE deleted_at IS NULL ORDER BY id"
            : $"SELECT {Columns} FROM chargers WHERE station_id = @station AND deleted_at IS NULL ORDER BY id";
        await using var command = connection.Command(sql, null, _dialect.CommandTimeoutSeconds);
        command.AddText("station", stationId);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Charger> InsertIfMissingAsync(
        string chargerId, ChargerRegistrationStatus status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _writer.WriteAsync(
            _dialect.CommandTimeoutSeconds,
            cancellationToken,
            new SqlStatement(
                // A deleted charger registered again gets its row back, without the old password or boot data.
                "UPDATE chargers SET deleted_at = NULL, registration_status = @status, password_hash = NULL, security_profile = NULL, vendor = NULL, model = NULL, " +
                "latitude = NULL, longitude = NULL, max_power_kw = NULL, " +
                "updated_at = @now WHERE lower(id) = lower(@id) AND deleted_at IS NOT NULL",
                parameters => parameters.AddText("id", chargerId).AddEnum("status", (ChargerRegistrationStatus?)status).AddTimestamp("now", now)),
            new SqlStatement(
                "INSERT INTO chargers (id, registration_status, online, created_at, updated_at) " +
                "VALUES (@id, @status, @online, @now, @now) ON CONFLICT DO NOTHING",
                parameters => parameters.AddText("id", chargerId).AddEnum("status", (ChargerRegistrationStatus?)status)
                    .AddBool("online", false).AddTimestamp("now", now))).ConfigureAwait(false);

        return await FindAsync(chargerId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Charger '{chargerId}' vanished right after it was registered.");
    }

    public Task<bool> SetRegistrationStatusAsync(
        string chargerId, ChargerRegistrationStatus status, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            "UPDATE chargers SET registration_status = @status, updated_at = @now WHERE lower(id) = lower(@id)",
            command => command.AddText("id", chargerId).AddEnum("status", (ChargerRegistrationStatus?)status).AddTimestamp("now", now),
            cancellationToken);

    public Task<bool> SetPasswordHashAsync(string chargerId, string? hash, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            "UPDATE chargers SET password_hash = @hash, updated_at = @now WHERE lower(id) = lower(@id)",
            command => command.AddText("id", chargerId).AddText("hash", hash).AddTimestamp("now", now),
            cancellationToken);

    public async Task<ChargerPasswordHash?> GetPasswordHashAsync(string chargerId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT id, password_hash FROM chargers WHERE lower(id) = lower(@id)", null, _dialect.CommandTimeoutSeconds);
        command.AddText("id", chargerId);
        return await command.ReadFirstAsync(r => new ChargerPasswordHash(r.GetString(0), r.GetTextOrNull(1)), cancellationToken)
            .ConfigureAwait(false);
    }

    public Task RecordBootAsync(ChargerBoot boot, BootLogEntry logEntry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(boot);
        ArgumentNullException.ThrowIfNull(logEntry);
        var update = new SqlStatement(
            "UPDATE chargers SET vendor = @vendor, model = @model, serial_number = @serial, firmware_version = @firmware, " +
            "iccid = @iccid, imsi = @imsi, meter_type = @meterType, meter_serial_number = @meterSerial, " +
            "ocpp_version = coalesce(@ocppVersion, ocpp_version), last_boot_at = @now, last_boot_reason = @reason, " +
            "last_seen_at = @now, updated_at = @now WHERE id = @id",
            parameters => parameters.AddText("id", boot.ChargerId).AddText("vendor", boot.Vendor).AddText("model", boot.Model)
                .AddText("serial", boot.SerialNumber).AddText("firmware", boot.FirmwareVersion).AddText("iccid", boot.Iccid)
                .AddText("imsi", boot.Imsi).AddText("meterType", boot.MeterType).AddText("meterSerial", boot.MeterSerialNumber)
                .AddText("ocppVersion", boot.OcppVersion).AddText("reason", boot.Reason).AddTimestamp("now", now));
        var log = new SqlStatement(
            "INSERT INTO boot_log (charger_id, booted_at, status, reason, vendor, model, serial_number, firmware_version, ocpp_version) " +
            "VALUES (@charger, @at, @status, @reason, @vendor, @model, @serial, @firmware, @ocppVersion)",
            parameters => parameters.AddText("charger", logEntry.ChargerId).AddTimestamp("at", logEntry.BootedAt)
                .AddEnum("status", (ChargerRegistrationStatus?)logEntry.Status).AddText("reason", logEntry.Reason)
                .AddText("vendor", logEntry.Vendor).AddText("model", logEntry.Model).AddText("serial", logEntry.SerialNumber)
                .AddText("firmware", logEntry.FirmwareVersion).AddText("ocppVersion", logEntry.OcppVersion));
        return _writer.WriteAsync(_dialect.CommandTimeoutSeconds, cancellationToken, update, log);
    }

    public Task RecordHeartbeatAsync(string chargerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            "UPDATE chargers SET last_heartbeat_at = @now, last_seen_at = @now WHERE lower(id) = lower(@id)",
            command => command.AddText("id", chargerId).AddTimestamp("now", now),
            cancellationToken);

    public Task RecordSeenAsync(string chargerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            "UPDATE chargers SET last_seen_at = @now WHERE lower(id) = lower(@id)",
            command => command.AddText("id", chargerId).AddTimestamp("now", now),
            cancellationToken);

    public Task SetOnlineAsync(
        string chargerId, bool online, string? ocppVersion, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            online
                ? "UPDATE chargers SET online = @online, connected_at = @now, last_seen_at = @now, " +
                  "ocpp_version = coalesce(@ocppVersion, ocpp_version), updated_at = @now WHERE lower(id) = lower(@id)"
                : "UPDATE chargers SET online = @online, disconnected_at = @now, updated_at = @now WHERE lower(id) = lower(@id)",
            command => command.AddText("id", chargerId).AddBool("online", online).AddText("ocppVersion", ocppVersion)
                .AddTimestamp("now", now),
            cancellationToken);

    public Task SetConnectionOnlineAsync(
        string chargerId, string ocppVersion, DateTimeOffset connectedAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            // A later connection that has already happened by this clock keeps connected_at: this one is a handshake its
            // charger gave up on. One stamped in the future (a clock set back, a demo's accelerated clock before a
            // restart) cannot be compared and does not block.
            "UPDATE chargers SET online = @online, connected_at = @connectedAt, last_seen_at = @now, " +
            "ocpp_version = coalesce(@ocppVersion, ocpp_version), updated_at = @now " +
            "WHERE lower(id) = lower(@id) AND (connected_at IS NULL OR connected_at <= @connectedAt OR connected_at > @now)",
            command => command.AddText("id", chargerId).AddBool("online", true).AddText("ocppVersion", ocppVersion)
                .AddTimestamp("connectedAt", connectedAt).AddTimestamp("now", now),
            cancellationToken);

    public Task SetOfflineAsync(string chargerId, DateTimeOffset connectedAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            // A newer connection wrote a later connected_at: then this close is old news and changes nothing.
            "UPDATE chargers SET online = @online, disconnected_at = @now, updated_at = @now " +
            "WHERE lower(id) = lower(@id) AND (connected_at IS NULL OR connected_at <= @connectedAt)",
            command => command.AddText("id", chargerId).AddBool("online", false).AddTimestamp("connectedAt", connectedAt)
                .AddTimestamp("now", now),
            cancellationToken);

    public Task<bool> AssignStationAsync(string chargerId, string? stationId, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            "UPDATE chargers SET station_id = @station, updated_at = @now WHERE lower(id) = lower(@id)",
            command => command.AddText("id", chargerId).AddText("station", stationId).AddTimestamp("now", now),
            cancellationToken);

    public Task<bool> UpdateDetailsAsync(string chargerId, string? vendor, string? model, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            "UPDATE chargers SET vendor = coalesce(@vendor, vendor), model = coalesce(@model, model), updated_at = @now " +
            "WHERE lower(id) = lower(@id) AND deleted_at IS NULL",
            command => command.AddText("id", chargerId).AddText("vendor", vendor).AddText("model", model).AddTimestamp("now", now),
            cancellationToken);

    public Task<bool> UpdateHardwareAsync(
        string chargerId, double? latitude, double? longitude, double? maxPowerKw, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            "UPDATE chargers SET latitude = coalesce(@lat, latitude), longitude = coalesce(@lon, longitude), " +
            "max_power_kw = coalesce(@maxKw, max_power_kw), updated_at = @now WHERE lower(id) = lower(@id) AND deleted_at IS NULL",
            command => command.AddText("id", chargerId).AddDouble("lat", latitude).AddDouble("lon", longitude).AddDouble("maxKw", maxPowerKw)
                .AddTimestamp("now", now),
            cancellationToken);

    public Task<bool> DeleteAsync(string chargerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(
            // The password goes with the charger: an id registered again later must be given a new one.
            "UPDATE chargers SET deleted_at = @now, password_hash = NULL, online = @online, updated_at = @now " +
            "WHERE lower(id) = lower(@id) AND deleted_at IS NULL",
            command => command.AddText("id", chargerId).AddBool("online", false).AddTimestamp("now", now),
            cancellationToken);

    internal static Charger Read(DbDataReader r) =>
        new(r.GetString(0), r.GetEnum<ChargerRegistrationStatus>(1))
        {
            StationId = r.GetTextOrNull(2),
            HasPassword = r.GetBoolean(3),
            Vendor = r.GetTextOrNull(4),
            Model = r.GetTextOrNull(5),
            SerialNumber = r.GetTextOrNull(6),
            FirmwareVersion = r.GetTextOrNull(7),
            Iccid = r.GetTextOrNull(8),
            Imsi = r.GetTextOrNull(9),
            MeterType = r.GetTextOrNull(10),
            MeterSerialNumber = r.GetTextOrNull(11),
            OcppVersion = r.GetTextOrNull(12),
            LastBootAt = r.GetTimestampOrNull(13),
            LastBootReason = r.GetTextOrNull(14),
            LastHeartbeatAt = r.GetTimestampOrNull(15),
            LastSeenAt = r.GetTimestampOrNull(16),
            Online = r.GetBoolean(17),
            ConnectedAt = r.GetTimestampOrNull(18),
            DisconnectedAt = r.GetTimestampOrNull(19),
            CreatedAt = r.GetTimestamp(20),
            Latitude = r.GetDoubleOrNull(21),
            Longitude = r.GetDoubleOrNull(22),
            MaxPowerKw = r.GetDoubleOrNull(23),
            SecurityProfile = r.GetInt32(24),
        };

    private async Task<bool> UpdateAsync(string sql, Action<SqlParameters> bind, CancellationToken cancellationToken) =>
        (await _writer.WriteAsync(_dialect.CommandTimeoutSeconds, cancellationToken, new SqlStatement(sql, bind)).ConfigureAwait(false)).Value > 0;
}
