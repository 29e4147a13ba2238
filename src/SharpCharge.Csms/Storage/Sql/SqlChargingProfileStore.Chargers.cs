using System.Data.Common;
using System.Text.Json;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;

namespace SharpCharge.Csms.Storage.Sql;

// What chargers were sent (assignments), what they report (ReportChargingProfiles) and what limits them from outside
// (NotifyChargingLimit).
internal sealed partial class SqlChargingProfileStore
{
    private const string AssignmentColumns =
        "id, charger_id, evse_id, profile, source, outcome, assigned_at, profile_version, command_id, status, detail, cleared_at";

    public async Task<long> RecordAssignmentAsync(ProfileAssignment assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (assignment.Accepted)
        {
            // The charger replaced what it held under the same id (1.6 §5.16.3, K01.FR.05).
            await using var replaced = connection.Command(
                "UPDATE charging_profile_assignments SET cleared_at = @now WHERE lower(charger_id) = lower(@charger) " +
                "AND profile_id = @profile AND outcome = @accepted AND cleared_at IS NULL",
                transaction,
                _dialect.CommandTimeoutSeconds);
            replaced.AddText("charger", assignment.ChargerId).AddInt("profile", assignment.Profile.Id)
                .AddEnum("accepted", (CommandOutcome?)CommandOutcome.Success).AddTimestamp("now", assignment.AssignedAt);
            await replaced.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long id;
        await using (var insert = connection.Command(
            "INSERT INTO charging_profile_assignments (charger_id, evse_id, profile_id, profile_version, source, profile, command_id, outcome, " +
            "status, detail, assigned_at) VALUES (@charger, @evse, @profile, @version, @source, @body, @command, @outcome, @status, @detail, @at) RETURNING id",
            transaction,
            _dialect.CommandTimeoutSeconds))
        {
            insert.AddText("charger", assignment.ChargerId).AddInt("evse", assignment.EvseId).AddInt("profile", assignment.Profile.Id)
                .AddInt("version", assignment.ProfileVersion).AddEnum("source", (ChargingProfileSource?)assignment.Source)
                .AddText("body", Write(assignment.Profile)).AddLong("command", assignment.CommandId)
                .AddEnum("outcome", (CommandOutcome?)assignment.Outcome).AddText("status", assignment.Status).AddText("detail", assignment.Detail)
                .AddTimestamp("at", assignment.AssignedAt);
            id = await insert.ExecuteInsertReturningIdAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task<int> ClearAssignmentsAsync(string chargerId, int? profileId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "UPDATE charging_profile_assignments SET cleared_at = @now WHERE lower(charger_id) = lower(@charger) AND outcome = @accepted " +
            "AND cleared_at IS NULL" + (profileId is null ? string.Empty : " AND profile_id = @profile"),
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("charger", chargerId).AddTimestamp("now", now).AddEnum("accepted", (CommandOutcome?)CommandOutcome.Success);
        if (profileId is not null)
        {
            command.AddInt("profile", profileId);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ProfileAssignment>> AssignmentsAsync(string chargerId, bool activeOnly, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {AssignmentColumns} FROM charging_profile_assignments WHERE lower(charger_id) = lower(@charger)" +
            (activeOnly ? " AND outcome = @accepted AND cleared_at IS NULL" : string.Empty) + " ORDER BY id DESC LIMIT @limit",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("charger", chargerId).AddInt("limit", limit);
        if (activeOnly)
        {
            command.AddEnum("accepted", (CommandOutcome?)CommandOutcome.Success);
        }

        return await command.ReadAllAsync(ReadAssignment, cancellationToken).ConfigureAwait(false);
    }

    public async Task AddReportedAsync(string chargerId, int requestId, IReadOnlyList<ReportedChargingProfile> profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (var older = connection.Command(
            "DELETE FROM charger_reported_profiles WHERE lower(charger_id) = lower(@charger) AND request_id <> @request",
            transaction,
            _dialect.CommandTimeoutSeconds))
        {
            older.AddText("charger", chargerId).AddInt("request", requestId);
            await older.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var reported in profiles)
        {
            await using var insert = connection.Command(
                "INSERT INTO charger_reported_profiles (charger_id, request_id, evse_id, limit_source, profile, reported_at) " +
                "VALUES (@charger, @request, @evse, @source, @profile, @at)",
                transaction,
                _dialect.CommandTimeoutSeconds);
            insert.AddText("charger", chargerId).AddInt("request", requestId).AddInt("evse", reported.EvseId)
                .AddText("source", reported.LimitSource).AddText("profile", Write(reported.Profile)).AddTimestamp("at", reported.ReportedAt);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReportedChargingProfile>> ReportedAsync(string chargerId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT charger_id, request_id, evse_id, limit_source, profile, reported_at FROM charger_reported_profiles " +
            "WHERE lower(charger_id) = lower(@charger) ORDER BY evse_id, reported_at",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("charger", chargerId);
        return await command.ReadAllAsync(
            r => new ReportedChargingProfile(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), ReadProfile(r, 4), r.GetTimestamp(5)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveExternalLimitAsync(ExternalChargingLimit limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limit);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "INSERT INTO external_charging_limits (charger_id, evse_id, limit_source, grid_critical, schedules, received_at) " +
            "VALUES (@charger, @evse, @source, @critical, @schedules, @at) ON CONFLICT (charger_id, evse_id, limit_source) DO UPDATE SET " +
            "grid_critical = excluded.grid_critical, schedules = excluded.schedules, received_at = excluded.received_at",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("charger", limit.ChargerId).AddInt("evse", limit.EvseId).AddText("source", limit.LimitSource)
            .AddBool("critical", limit.GridCritical).AddText("schedules", JsonSerializer.Serialize(limit.Schedules, ChargingProfileJsonContext.Default.IReadOnlyListChargingSchedule))
            .AddTimestamp("at", limit.ReceivedAt);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ClearExternalLimitsAsync(string chargerId, int? evseId, string? limitSource, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "DELETE FROM external_charging_limits WHERE lower(charger_id) = lower(@charger)" +
            (evseId is null ? string.Empty : " AND evse_id = @evse") + (limitSource is null ? string.Empty : " AND limit_source = @source"),
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("charger", chargerId);
        if (evseId is not null)
        {
            command.AddInt("evse", evseId);
        }

        if (limitSource is not null)
        {
            command.AddText("source", limitSource);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ExternalChargingLimit>> ExternalLimitsAsync(string? chargerId, string? stationId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT l.charger_id, l.evse_id, l.limit_source, l.grid_critical, l.schedules, l.received_at FROM external_charging_limits l" +
            (stationId is null
                ? " WHERE lower(l.charger_id) = lower(@charger)"
                : " JOIN chargers c ON lower(c.id) = lower(l.charger_id) WHERE c.station_id = @station") +
            " ORDER BY l.charger_id, l.evse_id",
            null,
            _dialect.CommandTimeoutSeconds);
        if (stationId is null)
        {
            command.AddText("charger", chargerId);
        }
        else
        {
            command.AddText("station", stationId);
        }

        return await command.ReadAllAsync(
            r => new ExternalChargingLimit(
                r.GetString(0),
                r.GetInt32(1),
                r.GetString(2),
                r.IsDBNull(3) ? null : r.GetBoolean(3),
                JsonSerializer.Deserialize(r.GetString(4), ChargingProfileJsonContext.Default.IReadOnlyListChargingSchedule) ?? [],
                r.GetTimestamp(5)),
            cancellationToken).ConfigureAwait(false);
    }

    private static ProfileAssignment ReadAssignment(DbDataReader r) =>
        new(r.GetString(1), r.GetInt32(2), ReadProfile(r, 3), r.GetEnum<ChargingProfileSource>(4), r.GetEnum<CommandOutcome>(5), r.GetTimestamp(6))
        {
            Id = r.GetInt64(0),
            ProfileVersion = r.GetIntOrNull(7),
            CommandId = r.GetLongOrNull(8),
            Status = r.GetTextOrNull(9),
            Detail = r.GetTextOrNull(10),
            ClearedAt = r.GetTimestampOrNull(11),
        };
}
