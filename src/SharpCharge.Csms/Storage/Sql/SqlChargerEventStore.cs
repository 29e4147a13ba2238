using System.Data.Common;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary><see cref="IChargerEventStore"/> in SQL both dialects accept.</summary>
internal sealed class SqlChargerEventStore : IChargerEventStore
{
    private readonly SqlDialect _dialect;

    public SqlChargerEventStore(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
    }

    public Task AddStatusEventAsync(ChargerStatusEvent statusEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statusEvent);
        return InsertAsync(
            "INSERT INTO charger_status_events (charger_id, kind, status, request_id, received_at) " +
            "VALUES (@charger, @kind, @status, @request, @at) RETURNING id",
            c => c.AddText("charger", statusEvent.ChargerId).AddEnum("kind", (ChargerStatusEventKind?)statusEvent.Kind)
                .AddText("status", statusEvent.Status).AddInt("request", statusEvent.RequestId).AddTimestamp("at", statusEvent.ReceivedAt),
            cancellationToken);
    }

    public Task AddSecurityEventAsync(SecurityEvent securityEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(securityEvent);
        return InsertAsync(
            "INSERT INTO security_events (charger_id, type, occurred_at, tech_info, received_at) " +
            "VALUES (@charger, @type, @occurred, @info, @at) RETURNING id",
            c => c.AddText("charger", securityEvent.ChargerId).AddText("type", securityEvent.Type)
                .AddTimestamp("occurred", securityEvent.Timestamp).AddText("info", securityEvent.TechInfo)
                .AddTimestamp("at", securityEvent.ReceivedAt),
            cancellationToken);
    }

    public Task<long> AddCertificateSigningRequestAsync(CertificateSigningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InsertAsync(
            "INSERT INTO certificate_requests (charger_id, csr, certificate_type, status, received_at) " +
            "VALUES (@charger, @csr, @type, @status, @at) RETURNING id",
            c => c.AddText("charger", request.ChargerId).AddText("csr", request.Csr).AddText("type", request.CertificateType)
                .AddText("status", request.Status).AddTimestamp("at", request.ReceivedAt),
            cancellationToken);
    }

    public Task<long> AddNotificationAsync(NotificationReport report, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return InsertAsync(
            "INSERT INTO charger_notifications (charger_id, kind, request_id, seq_no, tbc, generated_at, payload, received_at) " +
            "VALUES (@charger, @kind, @request, @seq, @tbc, @generated, @payload, @at) RETURNING id",
            c => c.AddText("charger", report.ChargerId).AddEnum("kind", (ChargerNotificationKind?)report.Kind)
                    .AddInt("request", report.RequestId).AddInt("seq", report.SeqNo)
                    .AddTimestamp("generated", report.GeneratedAt).AddText("payload", report.PayloadJson).AddTimestamp("at", receivedAt)
                    .AddBool("tbc", report.Tbc),
            cancellationToken);
    }

    public Task AddProtocolLogAsync(ProtocolLogEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return InsertAsync(
            "INSERT INTO protocol_log (charger_id, direction, message_type, message_id, action, payload, logged_at) " +
            "VALUES (@charger, @direction, @type, @messageId, @action, @payload, @at) RETURNING id",
            c => c.AddText("charger", entry.ChargerId).AddEnum("direction", (MessageDirection?)entry.Direction)
                .AddEnum("type", (ProtocolMessageType?)entry.MessageType).AddText("messageId", entry.MessageId)
                .AddText("action", entry.Action).AddText("payload", entry.Payload).AddTimestamp("at", entry.LoggedAt),
            cancellationToken);
    }

    public Task<IReadOnlyList<BootLogEntry>> ListBootLogAsync(string chargerId, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT id, charger_id, booted_at, status, reason, vendor, model, serial_number, firmware_version, ocpp_version " +
            "FROM boot_log WHERE charger_id = @charger ORDER BY id DESC LIMIT @limit",
            c => c.AddText("charger", chargerId).AddInt("limit", limit),
            r => new BootLogEntry(r.GetInt64(0), r.GetString(1), r.GetTimestamp(2), r.GetEnum<ChargerRegistrationStatus>(3))
            {
                Reason = r.GetTextOrNull(4),
                Vendor = r.GetTextOrNull(5),
                Model = r.GetTextOrNull(6),
                SerialNumber = r.GetTextOrNull(7),
                FirmwareVersion = r.GetTextOrNull(8),
                OcppVersion = r.GetTextOrNull(9),
            },
            cancellationToken);

    public Task<IReadOnlyList<ChargerStatusEvent>> ListStatusEventsAsync(
        string chargerId, ChargerStatusEventKind? kind, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT id, charger_id, kind, status, received_at, request_id FROM charger_status_events WHERE charger_id = @charger" +
            (kind is null ? string.Empty : " AND kind = @kind") + " ORDER BY id DESC LIMIT @limit",
            c =>
            {
                c.AddText("charger", chargerId).AddInt("limit", limit);
                if (kind is not null)
                {
                    c.AddEnum("kind", kind);
                }
            },
            r => new ChargerStatusEvent(r.GetInt64(0), r.GetString(1), r.GetEnum<ChargerStatusEventKind>(2), r.GetString(3), r.GetTimestamp(4))
            {
                RequestId = r.GetIntOrNull(5),
            },
            cancellationToken);

    public Task<IReadOnlyList<SecurityEvent>> ListSecurityEventsAsync(string chargerId, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT id, charger_id, type, occurred_at, received_at, tech_info FROM security_events WHERE charger_id = @charger " +
            "ORDER BY id DESC LIMIT @limit",
            c => c.AddText("charger", chargerId).AddInt("limit", limit),
            r => new SecurityEvent(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetTimestamp(3), r.GetTimestamp(4))
            {
                TechInfo = r.GetTextOrNull(5),
            },
            cancellationToken);

    public Task<IReadOnlyList<CertificateSigningRequest>> ListCertificateSigningRequestsAsync(
        string? chargerId, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT id, charger_id, csr, status, received_at, certificate_type FROM certificate_requests" +
            (chargerId is null ? string.Empty : " WHERE charger_id = @charger") + " ORDER BY id DESC LIMIT @limit",
            c =>
            {
                c.AddInt("limit", limit);
                if (chargerId is not null)
                {
                    c.AddText("charger", chargerId);
                }
            },
            r => new CertificateSigningRequest(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetTimestamp(4))
            {
                CertificateType = r.GetTextOrNull(5),
            },
            cancellationToken);

    public Task<IReadOnlyList<ChargerNotification>> ListNotificationsAsync(
        string chargerId, ChargerNotificationKind? kind, int? requestId, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT id, charger_id, kind, payload, received_at, request_id, seq_no, tbc, generated_at FROM charger_notifications " +
            "WHERE charger_id = @charger" + (kind is null ? string.Empty : " AND kind = @kind") +
            (requestId is null ? string.Empty : " AND request_id = @request") + " ORDER BY id DESC LIMIT @limit",
            c =>
            {
                c.AddText("charger", chargerId).AddInt("limit", limit);
                if (kind is not null)
                {
                    c.AddEnum("kind", kind);
                }

                if (requestId is not null)
                {
                    c.AddInt("request", requestId);
                }
            },
            r => new ChargerNotification(
                r.GetInt64(0),
                new NotificationReport(r.GetString(1), r.GetEnum<ChargerNotificationKind>(2), r.GetString(3))
                {
                    RequestId = r.GetIntOrNull(5),
                    SeqNo = r.GetIntOrNull(6),
                    Tbc = r.IsDBNull(7) ? null : r.GetBoolean(7),
                    GeneratedAt = r.GetTimestampOrNull(8),
                },
                r.GetTimestamp(4)),
            cancellationToken);

    public Task<IReadOnlyList<ProtocolLogEntry>> ListProtocolLogAsync(string chargerId, int limit, CancellationToken cancellationToken) =>
        ListProtocolLogAsync(chargerId, limit, null, cancellationToken);

    public Task<IReadOnlyList<ProtocolLogEntry>> ListProtocolLogAsync(
        string chargerId, int limit, long? beforeId, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT id, charger_id, direction, message_type, message_id, payload, logged_at, action FROM protocol_log " +
            "WHERE charger_id = @charger" + (beforeId is null ? string.Empty : " AND id < @before") + " ORDER BY id DESC LIMIT @limit",
            c => c.AddText("charger", chargerId).AddInt("limit", limit).AddLong("before", beforeId),
            r => new ProtocolLogEntry(
                r.GetInt64(0), r.GetString(1), r.GetEnum<MessageDirection>(2), r.GetEnum<ProtocolMessageType>(3), r.GetString(4), r.GetString(5), r.GetTimestamp(6))
            {
                Action = r.GetTextOrNull(7),
            },
            cancellationToken);

    public async Task<int> DeleteProtocolLogBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // SQLite keeps timestamps as fixed-offset UTC text, which sorts like the instants it holds.
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("DELETE FROM protocol_log WHERE logged_at < @cutoff", null, _dialect.CommandTimeoutSeconds);
        command.AddTimestamp("cutoff", cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> InsertAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql, null, _dialect.CommandTimeoutSeconds);
        bind(command);
        return await command.ExecuteInsertReturningIdAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, Action<DbCommand> bind, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql, null, _dialect.CommandTimeoutSeconds);
        bind(command);
        return await command.ReadAllAsync(map, cancellationToken).ConfigureAwait(false);
    }
}
