using System.Data.Common;
using Microsoft.Extensions.Logging;
using SharpCharge.Csms.Storage.Sql;

namespace SharpCharge.Csms.Storage;

/// <inheritdoc />
internal sealed partial class DatabaseMigrator : IDatabaseMigrator
{
    private readonly SqlDialect _dialect;
    private readonly TimeProvider _time;
    private readonly ILogger<DatabaseMigrator> _logger;

    public DatabaseMigrator(SqlDialect dialect, TimeProvider time, ILogger<DatabaseMigrator> logger)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _dialect = dialect;
        _time = time;
        _logger = logger;
    }

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = MigrationScript.Load(typeof(DatabaseMigrator).Assembly, _dialect.MigrationResourcePrefix);
        var timeout = _dialect.CommandTimeoutSeconds;
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await _dialect.PrepareDatabaseAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);

        // Lock first: two processes must not both create schema_migrations or apply the same script.
        await _dialect.LockForMigrationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await using (var create = connection.Command(_dialect.SchemaMigrationsDdl, transaction, timeout))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = await ReadAppliedAsync(connection, transaction, timeout, cancellationToken).ConfigureAwait(false);
        var count = 0;
        foreach (var script in scripts)
        {
            if (applied.Contains(script.Version))
            {
                continue;
            }

            await using (var apply = connection.Command(script.Sql, transaction, timeout))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = connection.Command(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)", transaction, timeout))
            {
                record.AddInt("version", script.Version).AddText("name", script.Name).AddTimestamp("at", _time.GetUtcNow());
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            Log.MigrationApplied(_logger, script.Name, _dialect.Provider);
            count++;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            Log.DatabaseUpToDate(_logger, _dialect.Provider, scripts.Count == 0 ? 0 : scripts[^1].Version);
        }

        return count;
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(
        DbConnection connection, DbTransaction transaction, int timeout, CancellationToken cancellationToken)
    {
        await using var query = connection.Command("SELECT version FROM schema_migrations", transaction, timeout);
        var versions = await query.ReadAllAsync(r => r.GetInt32(0), cancellationToken).ConfigureAwait(false);
        return [.. versions];
    }

    private static partial class Log
    {
        [LoggerMessage(StorageEventIds.MigrationApplied, LogLevel.Information,
            "Applied migration {Migration} to the {Provider} database", EventName = "MigrationApplied")]
        public static partial void MigrationApplied(ILogger logger, string migration, StorageProvider provider);

        [LoggerMessage(StorageEventIds.DatabaseUpToDate, LogLevel.Debug,
            "The {Provider} database schema is up to date (version {Version})", EventName = "DatabaseUpToDate")]
        public static partial void DatabaseUpToDate(ILogger logger, StorageProvider provider, int version);
    }
}
