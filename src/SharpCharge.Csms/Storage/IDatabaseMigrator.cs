namespace SharpCharge.Csms.Storage;

/// <summary>Brings the database schema up to date.</summary>
internal interface IDatabaseMigrator
{
    /// <summary>
    /// Applies the migrations not yet recorded in <c>schema_migrations</c>, in order, in one database transaction.
    /// Safe on every start and from several processes at once. Returns how many were applied.
    /// </summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken);
}
