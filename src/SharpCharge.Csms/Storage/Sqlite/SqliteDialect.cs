using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace SharpCharge.Csms.Storage.Sqlite;

/// <summary>
/// SQLite through Microsoft.Data.Sqlite with the e_sqlite3 bundle: pooled connections with foreign keys on, a busy
/// timeout (waited out in milliseconds, <see cref="SqliteBusyWait"/>) and <c>synchronous = FULL</c> (a commit survives power loss), WAL journal for concurrent readers.
/// Write transactions are <c>BEGIN IMMEDIATE</c>, so two writers queue on the lock instead of deadlocking. Pages are
/// read through a memory map (up to 256 MiB of the file): in WAL mode every commit of another connection empties a
/// connection's own page cache, and re-reading pages with read() calls was a large part of the writer's time under
/// load (docs/benchmarks.md). These settings belong to SQLite's connection handle, which the pool keeps open between
/// uses: they are applied once per handle, not at every open (three statements parsed and run before every read of a
/// boot storm, where each connecting charger costs several reads).
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private static readonly Lazy<bool> NativeLibrary = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    // The handles this process has set up, and by which dialect (two dialects on one file may differ in their busy
    // timeout). A handle the pool closes drops out with it.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, SqliteDialect> SetUp = new();

    private readonly string _connectionString;
    private readonly string _onFirstOpen;
    private readonly int _busyTimeoutMilliseconds;

    public SqliteDialect(StorageOptions options)
        : base(options)
    {
        _ = NativeLibrary.Value;
        var builder = new SqliteConnectionStringBuilder(options.EffectiveConnectionString)
        {
            // Microsoft.Data.Sqlite would run PRAGMA foreign_keys at every open: it is set with the others, once.
            ForeignKeys = null,
            Pooling = true,
            DefaultTimeout = options.CommandTimeoutSeconds,
        };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        _onFirstOpen = "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA mmap_size = 268435456;";
        _busyTimeoutMilliseconds = options.SqliteBusyTimeoutMilliseconds;
    }

    public string DataSource { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string MigrationResourcePrefix => "SharpCharge.Csms.Storage.Sqlite.Migrations.";

    public override string SchemaMigrationsDdl =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    // Timestamps are stored as UTC text "yyyy-MM-dd HH:mm:ss.fffffff+00:00": the day is the first ten characters.
    public override string UtcDay(string column) => $"substr({column}, 1, 10)";

    // Decimals are stored as exact text; SQLite sums them as doubles, which is enough for daily totals.
    public override string SumDecimal(string column) => $"sum(CAST({column} AS REAL))";

    // SQLite finds a named parameter by a linear scan of the statement's parameter names, and Microsoft.Data.Sqlite
    // looks up every parameter on every execution, so binding a multi-row INSERT costs (rows x columns)^2 string
    // compares: a fifth of the server's processor time under a MeterValues load before this. One prepared single-row
    // statement, re-executed per sample, costs a row's 18 parameters once each and needs no round trip.
    public override int MeterValueRowsPerStatement => 1;

    // The writer is the only connection that writes (every write goes through it), and Microsoft.Data.Sqlite 6.0
    // parses every statement again for each new command: a kept connection keeps its statements prepared.
    public override bool WriterKeepsConnection => true;

    // A write that broke a constraint, or the work's own error, fails inside SQLite's statement and transaction and
    // leaves the connection as it was. Anything else (I/O, a full disk, corruption, a lock not obtained) may not.
    public override bool LeavesConnectionUsable(Exception exception) => exception switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SQLitePCL.raw.SQLITE_CONSTRAINT or SQLitePCL.raw.SQLITE_MISMATCH
            or SQLitePCL.raw.SQLITE_RANGE or SQLitePCL.raw.SQLITE_TOOBIG,
        DbException => false,
        _ => true,
    };

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection opened without a handle.");
            if (!SetUp.TryGetValue(handle, out var by) || !ReferenceEquals(by, this))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = _onFirstOpen;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

                // Instead of PRAGMA busy_timeout, whose waits are whole seconds with this build of SQLite.
                SqliteBusyWait.Install(connection, _busyTimeoutMilliseconds);
                SetUp.AddOrUpdate(handle, this);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);

        // deferred: false issues BEGIN IMMEDIATE.
        return ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    public override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // BEGIN IMMEDIATE already holds the database write lock until the migration commits.
    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
