using System.Data.Common;
using SharpCharge.Csms.Storage.Postgres;
using SharpCharge.Csms.Storage.Sqlite;

namespace SharpCharge.Csms.Storage;

/// <summary>
/// What differs between the SQL databases: opening connections, write transactions, the migration lock, a few
/// expressions. Everything else (the store classes in <c>Storage/Sql</c>) is plain SQL both accept; timestamps are
/// always bound in UTC, which keeps SQLite's text timestamps ordered.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable, IDisposable
{
    protected SqlDialect(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CommandTimeoutSeconds = options.CommandTimeoutSeconds;
    }

    public abstract StorageProvider Provider { get; }

    public int CommandTimeoutSeconds { get; }

    /// <summary>Prefix of this dialect's embedded migration scripts.</summary>
    public abstract string MigrationResourcePrefix { get; }

    /// <summary>DDL of the table that records applied migrations.</summary>
    public abstract string SchemaMigrationsDdl { get; }

    /// <summary>The UTC calendar day (yyyy-MM-dd text) of a timestamp column.</summary>
    public abstract string UtcDay(string column);

    /// <summary>The sum of a decimal column as something <see cref="DbDataReader.GetDecimal"/> reads.</summary>
    public abstract string SumDecimal(string column);

    /// <summary>
    /// How many meter value rows one INSERT carries. A server database pays a network round trip per statement, so
    /// many rows per statement (the default); SQLite overrides it.
    /// </summary>
    public virtual int MeterValueRowsPerStatement => Sql.MeterValueInsert.MaxRowsPerStatement;

    /// <summary>
    /// True when the <see cref="GroupCommitWriter"/> keeps one connection, with its statements prepared once, instead
    /// of taking one from the pool per group commit. False by default: Npgsql prepares and pools differently.
    /// </summary>
    public virtual bool WriterKeepsConnection => false;

    /// <summary>
    /// Whether a connection whose write transaction failed with <paramref name="exception"/> (and was rolled back) can
    /// run the next one; only asked for the writer's kept connection.
    /// </summary>
    public virtual bool LeavesConnectionUsable(Exception exception) => false;

    public static SqlDialect Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteDialect(options),
            StorageProvider.Postgres => new PostgresDialect(options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
        };
    }

    /// <summary>An open connection; the caller disposes it.</summary>
    public abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// An open connection for the <see cref="GroupCommitWriter"/>; the caller disposes it. A server database gives the
    /// writer connections of its own: in a pool shared with the readers, a fleet connecting at once queues thousands of
    /// lookups, and every group commit (whose waiters hold those chargers' answers) would wait behind all of them.
    /// </summary>
    public virtual ValueTask<DbConnection> OpenWriterConnectionAsync(CancellationToken cancellationToken) =>
        OpenConnectionAsync(cancellationToken);

    /// <summary>Begins a transaction that will write (SQLite: takes the write lock at once).</summary>
    public virtual async ValueTask<DbTransaction> BeginWriteTransactionAsync(
        DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Once per database before migrations (SQLite: switch to WAL).</summary>
    public virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Serialises migrations between processes for the rest of <paramref name="transaction"/>.</summary>
    public abstract Task LockForMigrationAsync(
        DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // A container disposed synchronously (a plain ServiceProvider) must not throw for an async-only singleton.
    public virtual void Dispose()
    {
    }
}
