using System.ComponentModel.DataAnnotations;

namespace SharpCharge.Csms.Storage;

/// <summary>Database settings, bound from the <c>Storage</c> configuration section and validated at start.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file used when no connection string is configured: created in the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=sharpcharge.db";

    /// <summary><see cref="StorageProvider.Sqlite"/> (default) or <see cref="StorageProvider.Postgres"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// ADO.NET connection string. Default for SQLite: <c>Data Source=sharpcharge.db</c>. Required for PostgreSQL
    /// (an Npgsql connection string such as <c>Host=db;Database=sharpcharge;Username=csms;Password=…</c>).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Seconds a single SQL command may take. Default 30.</summary>
    [Range(1, 3_600)]
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>The most transaction writes committed together in one database transaction. Default 256.</summary>
    [Range(1, 10_000)]
    public int GroupCommitMaxBatchSize { get; set; } = 256;

    /// <summary>How many transaction writes may wait for the writer; callers wait beyond that. Default 10,000.</summary>
    [Range(1, 1_000_000)]
    public int GroupCommitQueueCapacity { get; set; } = 10_000;

    /// <summary>SQLite: milliseconds a connection waits for a lock held by another one. Default 5,000.</summary>
    [Range(0, 600_000)]
    public int SqliteBusyTimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>Whether migrations run when the host starts. Default true.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && Provider == StorageProvider.Sqlite
            ? DefaultSqliteConnectionString
            : ConnectionString ?? string.Empty;
}
