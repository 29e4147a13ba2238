using System.Data.Common;
using SharpCharge.Csms.Dashboard.Accounts;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary><see cref="IOperatorStore"/> in SQL both dialects accept (table dashboard_operators, migration 006).</summary>
internal sealed class SqlOperatorStore : IOperatorStore
{
    private readonly SqlDialect _dialect;

    public SqlOperatorStore(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
    }

    public async Task SaveAsync(string name, string passwordHash, OperatorRole role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);

        // Update first under the name as stored (any case); insert only when no account matched.
        await using var update = connection.Command(
            "UPDATE dashboard_operators SET password_hash = @hash, role = @role, updated_at = @now WHERE lower(name) = lower(@name)",
            transaction,
            _dialect.CommandTimeoutSeconds);
        update.AddText("name", name).AddText("hash", passwordHash).AddEnum<OperatorRole>("role", role).AddTimestamp("now", now);
        if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            await using var insert = connection.Command(
                "INSERT INTO dashboard_operators (name, password_hash, role, created_at, updated_at) VALUES (@name, @hash, @role, @now, @now)",
                transaction,
                _dialect.CommandTimeoutSeconds);
            insert.AddText("name", name).AddText("hash", passwordHash).AddEnum<OperatorRole>("role", role).AddTimestamp("now", now);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<(DashboardOperator Operator, string PasswordHash)?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT name, role, created_at, password_hash FROM dashboard_operators WHERE lower(name) = lower(@name)",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("name", name);
        var found = await command.ReadFirstAsync(Read, cancellationToken).ConfigureAwait(false);
        return found is null ? null : (found.Operator, found.PasswordHash);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT COUNT(*) FROM dashboard_operators", null, _dialect.CommandTimeoutSeconds);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Row Read(DbDataReader r) =>
        new(new DashboardOperator(r.GetString(0), r.GetEnum<OperatorRole>(1), r.GetTimestamp(2)), r.GetString(3));

    private sealed record Row(DashboardOperator Operator, string PasswordHash)
    {
        // Keeps the hash out of anything that prints the row.
        public override string ToString() => Operator.ToString();
    }
}
