using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Storage;

/// <summary>
/// Migrates the database while the host starts (when <c>Storage:MigrateOnStart</c> is true), before any later hosted
/// service or the OCPP endpoint runs. Registered ahead of the group-commit writer.
/// </summary>
internal sealed class MigrationHostedService : IHostedService
{
    private readonly IDatabaseMigrator _migrator;
    private readonly StorageOptions _options;

    public MigrationHostedService(IDatabaseMigrator migrator, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(migrator);
        ArgumentNullException.ThrowIfNull(options);
        _migrator = migrator;
        _options = options.Value;
    }

    public Task StartAsync(CancellationToken cancellationToken) =>
        _options.MigrateOnStart ? _migrator.MigrateAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
