using System.Data.Common;
using System.Text;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// <see cref="IConnectorStatusStore"/> in SQL both dialects accept. Saves go through the <see cref="GroupCommitWriter"/>,
/// so the status reports of a fleet that boots at once share commits.
/// </summary>
internal sealed class SqlConnectorStatusStore : IConnectorStatusStore
{
    internal const string StateColumns =
        "charger_id, evse_id, connector_id, status, status_at, updated_at, error_code, info, vendor_id, vendor_error_code";

    private const string HistoryColumns =
        "id, charger_id, evse_id, connector_id, status, status_at, received_at, error_code, info, vendor_id, vendor_error_code";

    private readonly SqlDialect _dialect;
    private readonly GroupCommitWriter _writer;

    public SqlConnectorStatusStore(SqlDialect dialect, GroupCommitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(writer);
        _dialect = dialect;
        _writer = writer;
    }

    public async Task<ConnectorState?> GetAsync(string chargerId, int evseId, int connectorId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {StateColumns} FROM connectors WHERE charger_id = @charger AND evse_id = @evse AND connector_id = @connector",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("charger", chargerId).AddInt("evse", evseId).AddInt("connector", connectorId);
        return await command.ReadFirstAsync(ReadState, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ConnectorState>> ListAsync(string chargerId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {StateColumns} FROM connectors WHERE charger_id = @charger ORDER BY evse_id, connector_id",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("charger", chargerId);
        return await command.ReadAllAsync(ReadState, cancellationToken).ConfigureAwait(false);
    }

    public Task SaveAsync(ConnectorState? current, StatusHistoryEntry? history, CancellationToken cancellationToken)
    {
        var statements = new List<SqlStatement>(2);
        if (current is not null)
        {
            statements.Add(new SqlStatement(
                "INSERT INTO connectors (charger_id, evse_id, connector_id, status, status_at, updated_at, error_code, info, vendor_id, vendor_error_code) " +
                "VALUES (@charger, @evse, @connector, @status, @statusAt, @at, @error, @info, @vendor, @vendorError) " +
                "ON CONFLICT (charger_id, evse_id, connector_id) DO UPDATE SET status = excluded.status, status_at = excluded.status_at, " +
                "updated_at = excluded.updated_at, error_code = excluded.error_code, info = excluded.info, " +
                "vendor_id = excluded.vendor_id, vendor_error_code = excluded.vendor_error_code",
                parameters => parameters.AddText("charger", current.ChargerId).AddInt("evse", current.EvseId).AddInt("connector", current.ConnectorId)
                    .AddEnum("status", (ConnectorStatus?)current.Status).AddTimestamp("statusAt", current.StatusAt)
                    .AddTimestamp("at", current.UpdatedAt).AddText("error", current.ErrorCode).AddText("info", current.Info)
                    .AddText("vendor", current.VendorId).AddText("vendorError", current.VendorErrorCode)));
        }

        if (history is not null)
        {
            statements.Add(new SqlStatement(
                "INSERT INTO status_history (charger_id, evse_id, connector_id, status, status_at, received_at, error_code, info, vendor_id, vendor_error_code) " +
                "VALUES (@charger, @evse, @connector, @status, @statusAt, @at, @error, @info, @vendor, @vendorError)",
                parameters => parameters.AddText("charger", history.ChargerId).AddInt("evse", history.EvseId).AddInt("connector", history.ConnectorId)
                    .AddEnum("status", (ConnectorStatus?)history.Status).AddTimestamp("statusAt", history.StatusAt)
                    .AddTimestamp("at", history.ReceivedAt).AddText("error", history.ErrorCode).AddText("info", history.Info)
                    .AddText("vendor", history.VendorId).AddText("vendorError", history.VendorErrorCode)));
        }

        return statements.Count == 0
            ? Task.CompletedTask
            : _writer.WriteAsync(_dialect.CommandTimeoutSeconds, cancellationToken, [.. statements]);
    }

    public async Task<IReadOnlyList<StatusHistoryEntry>> GetHistoryAsync(
        string chargerId, int? evseId, int? connectorId, int limit, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder($"SELECT {HistoryColumns} FROM status_history WHERE charger_id = @charger");
        if (evseId is not null)
        {
            sql.Append(" AND evse_id = @evse");
        }

        if (connectorId is not null)
        {
            sql.Append(" AND connector_id = @connector");
        }

        sql.Append(" ORDER BY id DESC LIMIT @limit");
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql.ToString(), null, _dialect.CommandTimeoutSeconds);
        command.AddText("charger", chargerId).AddInt("evse", evseId).AddInt("connector", connectorId).AddInt("limit", limit);
        return await command.ReadAllAsync(ReadHistory, cancellationToken).ConfigureAwait(false);
    }

    internal static ConnectorState ReadState(DbDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetEnum<ConnectorStatus>(3), r.GetTimestamp(4), r.GetTimestamp(5))
        {
            ErrorCode = r.GetTextOrNull(6),
            Info = r.GetTextOrNull(7),
            VendorId = r.GetTextOrNull(8),
            VendorErrorCode = r.GetTextOrNull(9),
        };

    private static StatusHistoryEntry ReadHistory(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetEnum<ConnectorStatus>(4), r.GetTimestamp(5), r.GetTimestamp(6))
        {
            ErrorCode = r.GetTextOrNull(7),
            Info = r.GetTextOrNull(8),
            VendorId = r.GetTextOrNull(9),
            VendorErrorCode = r.GetTextOrNull(10),
        };
}
