using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Tests.Storage;

public sealed class AddCsmsDomainTests
{
    [Fact]
    public void AddCsmsDomain_EmptyConfiguration_UsesTheDocumentedDefaults()
    {
        using var provider = Build([]);

        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var csms = provider.GetRequiredService<IOptions<CsmsOptions>>().Value;

        Assert.Equal((StorageProvider.Sqlite, "Data Source=sharpcharge.db", true), (storage.Provider, storage.EffectiveConnectionString, storage.MigrateOnStart));
        Assert.Equal((300, 60, UnknownIdTokenPolicy.Invalid, false), (csms.HeartbeatIntervalSeconds, csms.BootRetryIntervalSeconds, csms.UnknownIdTokens, csms.ProtocolLogEnabled));
    }

    [Fact]
    public void AddCsmsDomain_PostgresWithoutConnectionString_FailsValidation()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:ConnectionString is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Csms:HeartbeatIntervalSeconds", "0")]
    [InlineData("Csms:PasswordHashIterations", "10")]
    public void AddCsmsDomain_OutOfRangeDomainOption_FailsValidation(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CsmsOptions>>().Value);
    }

    [Fact]
    public void AddCsmsDomain_HostedServices_MigrateBeforeTheWriterStarts()
    {
        using var provider = Build([]);

        var hosted = provider.GetServices<IHostedService>().Select(s => s.GetType()).ToArray();

        // Hosted services start in registration order: the schema must exist before anything writes.
        Assert.Equal(typeof(MigrationHostedService), hosted[0]);
        Assert.Contains(typeof(GroupCommitWriter), hosted);
    }

    [Fact]
    public void MigrationScripts_BothDialects_HaveTheSameNumbers()
    {
        var assembly = typeof(SqlDialect).Assembly;

        var sqlite = MigrationScript.Load(assembly, "SharpCharge.Csms.Storage.Sqlite.Migrations.").Select(s => s.Name);
        var postgres = MigrationScript.Load(assembly, "SharpCharge.Csms.Storage.Postgres.Migrations.").Select(s => s.Name);

        Assert.Equal(sqlite, postgres);
        Assert.Contains("001_initial", sqlite);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddCsmsDomain(configuration).BuildServiceProvider();
    }
}
