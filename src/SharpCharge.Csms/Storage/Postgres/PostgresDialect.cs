using System.Data.Common;
using Npgsql;

namespace SharpCharge.Csms.Storage.Postgres;

/// <summary>
/// PostgreSQL through a pooled <see cref="NpgsqlDataSource"/> for readers and a second, small one that only the
/// group-commit writer uses, so its commits never queue behind the readers for a connection.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>Advisory lock key for migrations: "SCMIGRAT" in ASCII, so other applications are unlikely to use it.</summary>
    private const long MigrationLockKey = 0x53434D4947524154;

    /// <summary>The writer runs one group commit at a time; the second is for a write after shutdown began.</summary>
    private const int WriterPoolSize = 2;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _writerSource;

    public PostgresDialect(StorageOptions options)
        : base(options)
    {
        var builder = new NpgsqlConnectionStringBuilder(options.EffectiveConnectionString)
        {
            CommandTimeout = options.CommandTimeoutSeconds,
        };

        // The stores run a small fixed set of statements over and over: let Npgsql prepare them (unless configured).
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        builder.MaxPoolSize = WriterPoolSize;
        builder.MinPoolSize = 0;
        _writerSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string MigrationResourcePrefix => "SharpCharge.Csms.Storage.Postgres.Migrations.";

    public override string SchemaMigrationsDdl =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)";

    public override string UtcDay(string column) => $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')";

    public override string SumDecimal(string column) => $"sum({column})";

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async ValueTask<DbConnection> OpenWriterConnectionAsync(CancellationToken cancellationToken) =>
        await _writerSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    // A transaction-scoped lock: released by the commit or rollback, even if this process dies.
    public override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
        command.Parameters.Add(new NpgsqlParameter<long>("key", MigrationLockKey));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask DisposeAsync()
    {
        await _writerSource.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _writerSource.Dispose();
        _dataSource.Dispose();
    }
}
