using System.Data.Common;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary><see cref="ICommandStore"/> in SQL both dialects accept. Charger ids match whatever their case.</summary>
internal sealed class SqlCommandStore : ICommandStore
{
    private const string Columns =
        "id, charger_id, command, requested_by, requested_at, outcome, ocpp_version, ocpp_action, request_payload, response_payload, " +
        "status, error_code, detail, duration_ms, request_id, transaction_id, follow_up_status, follow_up_at";

    private readonly SqlDialect _dialect;

    public SqlCommandStore(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
    }

    public async Task<long> InsertAsync(CommandRecord command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var sql = connection.Command(
            "INSERT INTO commands (charger_id, command, requested_by, requested_at, outcome, request_id) " +
            "VALUES (@charger, @command, @by, @at, @outcome, @request) RETURNING id",
            null,
            _dialect.CommandTimeoutSeconds);
        sql.AddText("charger", command.ChargerId).AddText("command", command.Command).AddText("by", command.RequestedBy)
            .AddTimestamp("at", command.RequestedAt).AddEnum("outcome", (CommandOutcome?)command.Outcome).AddInt("request", command.RequestId);
        return await sql.ExecuteInsertReturningIdAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task SetRequestIdAsync(long id, int requestId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE commands SET request_id = @request WHERE id = @id", c => c.AddLong("id", id).AddInt("request", requestId), cancellationToken);

    public Task SetTransactionAsync(long id, long transactionId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE commands SET transaction_id = @tx WHERE id = @id", c => c.AddLong("id", id).AddLong("tx", transactionId), cancellationToken);

    public Task CompleteAsync(long id, CommandReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return ExecuteAsync(
            "UPDATE commands SET outcome = @outcome, ocpp_version = @version, ocpp_action = @action, request_payload = @request, " +
            "response_payload = @response, status = @status, error_code = @error, detail = @detail, duration_ms = @duration WHERE id = @id",
            c => c.AddLong("id", id).AddEnum("outcome", (CommandOutcome?)reply.Outcome).AddText("version", reply.Version?.ToString())
                .AddText("action", reply.OcppAction).AddText("request", reply.RequestJson).AddText("response", reply.ResponseJson)
                .AddText("status", reply.Status).AddText("error", reply.ErrorCode).AddText("detail", reply.Detail)
                .AddLong("duration", reply.DurationMs),
            cancellationToken);
    }

    public async Task<bool> SetFollowUpAsync(
        string chargerId, IReadOnlyList<string> commands, int? requestId, string status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var names = string.Join(", ", Enumerable.Range(0, commands.Count).Select(i => "@c" + i));
        var affected = await ExecuteAsync(
            "UPDATE commands SET follow_up_status = @status, follow_up_at = @at WHERE id = (" +
            $"SELECT id FROM commands WHERE lower(charger_id) = lower(@charger) AND command IN ({names})" +
            (requestId is null ? string.Empty : " AND request_id = @request") + " ORDER BY id DESC LIMIT 1)",
            c =>
            {
                c.AddText("charger", chargerId).AddText("status", status).AddTimestamp("at", at);
                for (var i = 0; i < commands.Count; i++)
                {
                    c.AddText("c" + i, commands[i]);
                }

                if (requestId is not null)
                {
                    c.AddInt("request", requestId);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return affected > 0;
    }

    public async Task<CommandRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var sql = connection.Command($"SELECT {Columns} FROM commands WHERE id = @id", null, _dialect.CommandTimeoutSeconds);
        sql.AddLong("id", id);
        return await sql.ReadFirstAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountAsync(string? chargerId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var sql = connection.Command(
            "SELECT COUNT(*) FROM commands" + (chargerId is null ? string.Empty : " WHERE lower(charger_id) = lower(@charger)"), null, _dialect.CommandTimeoutSeconds);
        if (chargerId is not null)
        {
            sql.AddText("charger", chargerId);
        }

        return Convert.ToInt32(await sql.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<CommandRecord>> ListAsync(string? chargerId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var sql = connection.Command(
            $"SELECT {Columns} FROM commands" + (chargerId is null ? string.Empty : " WHERE lower(charger_id) = lower(@charger)") +
            " ORDER BY id DESC LIMIT @limit OFFSET @offset",
            null,
            _dialect.CommandTimeoutSeconds);
        sql.AddInt("limit", limit).AddInt("offset", offset);
        if (chargerId is not null)
        {
            sql.AddText("charger", chargerId);
        }

        return await sql.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    private static CommandRecord Read(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetTimestamp(4), r.GetEnum<CommandOutcome>(5))
        {
            OcppVersion = r.GetTextOrNull(6),
            OcppAction = r.GetTextOrNull(7),
            RequestPayload = r.GetTextOrNull(8),
            ResponsePayload = r.GetTextOrNull(9),
            Status = r.GetTextOrNull(10),
            ErrorCode = r.GetTextOrNull(11),
            Detail = r.GetTextOrNull(12),
            DurationMs = r.GetLongOrNull(13),
            RequestId = r.GetIntOrNull(14),
            TransactionId = r.GetLongOrNull(15),
            FollowUpStatus = r.GetTextOrNull(16),
            FollowUpAt = r.GetTimestampOrNull(17),
        };

    private async Task<int> ExecuteAsync(string sqlText, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var sql = connection.Command(sqlText, null, _dialect.CommandTimeoutSeconds);
        bind(sql);
        return await sql.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
