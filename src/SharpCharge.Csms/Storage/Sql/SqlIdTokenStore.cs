using System.Data.Common;
using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary><see cref="IIdTokenStore"/> in SQL both dialects accept. Values match through <c>lower(value)</c>.</summary>
internal sealed class SqlIdTokenStore : IIdTokenStore
{
    public const string Columns = "value, type, status, expires_at, group_id, allow_concurrent_transactions";

    public const string FindSql = $"SELECT {Columns} FROM id_tokens WHERE lower(value) = lower(@value)";

    private readonly SqlDialect _dialect;

    public SqlIdTokenStore(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
    }

    public async Task<IdTokenRecord?> FindAsync(string value, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(FindSql, null, _dialect.CommandTimeoutSeconds);
        command.AddText("value", value);
        return await command.ReadFirstAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task UpsertAsync(IdTokenRecord token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var timeout = _dialect.CommandTimeoutSeconds;
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);

        // The value is matched case-insensitively, so an update may spell it differently from the stored row.
        await using (var update = connection.Command(
            "UPDATE id_tokens SET type = @type, status = @status, expires_at = @expires, group_id = @group, " +
            "allow_concurrent_transactions = @concurrent, updated_at = @now WHERE lower(value) = lower(@value)",
            transaction,
            timeout))
        {
            Bind(update, token, now);
            if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                await using var insert = connection.Command(
                    "INSERT INTO id_tokens (value, type, status, expires_at, group_id, allow_concurrent_transactions, created_at, updated_at) " +
                    "VALUES (@value, @type, @status, @expires, @group, @concurrent, @now, @now)",
                    transaction,
                    timeout);
                Bind(insert, token, now);
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<IdTokenRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {Columns} FROM id_tokens ORDER BY value", null, _dialect.CommandTimeoutSeconds);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(string value, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "DELETE FROM id_tokens WHERE lower(value) = lower(@value)", null, _dialect.CommandTimeoutSeconds);
        command.AddText("value", value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public static IdTokenRecord Read(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetEnum<IdTokenStatus>(2))
        {
            ExpiresAt = r.GetTimestampOrNull(3),
            GroupId = r.GetTextOrNull(4),
            AllowConcurrentTransactions = r.GetBoolean(5),
        };

    private static void Bind(DbCommand command, IdTokenRecord token, DateTimeOffset now) =>
        command.AddText("value", token.Value).AddText("type", token.Type).AddEnum("status", (IdTokenStatus?)token.Status)
            .AddTimestamp("expires", token.ExpiresAt).AddText("group", token.GroupId)
            .AddBool("concurrent", token.AllowConcurrentTransactions).AddTimestamp("now", now);
}
