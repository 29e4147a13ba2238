namespace SharpCharge.Csms.Storage;

/// <summary>The database behind the central system.</summary>
internal enum StorageProvider
{
    /// <summary>An embedded SQLite file (the default).</summary>
    Sqlite,

    /// <summary>PostgreSQL, for production and for several central system nodes.</summary>
    Postgres,
}
