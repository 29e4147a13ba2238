using Microsoft.Extensions.Logging.Abstractions;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Storage.Sql;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    [Fact]
    public async Task Migrate_SecondRun_AppliesNothing()
    {
        var migrator = Host.Get<IDatabaseMigrator>();

        Assert.Equal(0, await migrator.MigrateAsync(None));
        Assert.Equal(0, await migrator.MigrateAsync(None));
        Assert.Equal(ScriptCount(), await CountAppliedAsync(Host.Get<SqlDialect>()));
    }

    [Fact]
    public async Task Migrate_TwoProcessesAtOnce_ApplyEachScriptOnce()
    {
        await using var fresh = await CreateBackendAsync();
        await using var first = SqlDialect.Create(fresh.Options());
        await using var second = SqlDialect.Create(fresh.Options());

        var applied = await Task.WhenAll(
            new DatabaseMigrator(first, Clock, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(None),
            new DatabaseMigrator(second, Clock, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(None));

        Assert.Equal(ScriptCount(), applied.Sum());
        Assert.Contains(0, applied);
        Assert.Equal(ScriptCount(), await CountAppliedAsync(first));
    }

    [Fact]
    public async Task Restart_OnMigratedDatabase_KeepsTheData()
    {
        await AcceptedChargerAsync("CP-KEEP");

        await RestartAsync();

        Assert.NotNull(await Chargers.FindAsync("CP-KEEP", None));
    }

    private int ScriptCount() =>
        MigrationScript.Load(typeof(SqlDialect).Assembly, Host.Get<SqlDialect>().MigrationResourcePrefix).Count;

    private static async Task<long> CountAppliedAsync(SqlDialect dialect)
    {
        await using var connection = await dialect.OpenConnectionAsync(None);
        await using var command = connection.Command("SELECT count(*) FROM schema_migrations", null, 30);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
