using Microsoft.Extensions.Options;
using SharpCharge.Csms.Cluster;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Cluster.Tests;

/// <summary>Cluster mode is refused at start with a message that says what to change.</summary>
public sealed class ClusterOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(ClusterOptions options, StorageProvider provider = StorageProvider.Postgres) =>
        new ClusterOptionsValidator(Options.Create(new StorageOptions { Provider = provider, ConnectionString = "Host=db" })).Validate(null, options);

    private static ClusterOptions Valid() => new() { Enabled = true, NodeId = "node-1", RabbitMqUri = "amqp://u:p@rabbit:5672/" };

    [Fact]
    public void Disabled_NeedsNeitherServer()
    {
        Assert.True(Validate(new ClusterOptions { RabbitMqUri = null }, StorageProvider.Sqlite).Succeeded);
    }

    [Fact]
    public void Enabled_WithEverything_Succeeds()
    {
        Assert.True(Validate(Valid()).Succeeded);
    }

    [Fact]
    public void Enabled_OnSqlite_AsksForPostgres()
    {
        var result = Validate(Valid(), StorageProvider.Sqlite);

        Assert.Contains("Storage:Provider to Postgres", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Enabled_WithoutBroker_NamesTheKey()
    {
        var options = Valid();
        options.RabbitMqUri = null;

        Assert.Contains("Cluster:RabbitMqUri is required", Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://rabbit/")]
    [InlineData("rabbit:5672")]
    public void Enabled_WithNonAmqpUri_IsRefused(string uri)
    {
        var options = Valid();
        options.RabbitMqUri = uri;

        Assert.Contains("amqp://", Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("node 1")]
    [InlineData("node/1")]
    public void Enabled_WithUnusableNodeId_IsRefused(string nodeId)
    {
        var options = Valid();
        options.NodeId = nodeId;

        Assert.Contains("Cluster:NodeId", Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RenewalSlowerThanHalfTheLease_IsRefused()
    {
        var options = Valid();
        options.NodeLease = TimeSpan.FromSeconds(10);
        options.LeaseRenewInterval = TimeSpan.FromSeconds(6);

        Assert.Contains("LeaseRenewInterval", Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaseOutOfRange_IsRefusedByTheAnnotations()
    {
        var options = Valid();
        options.NodeLease = TimeSpan.FromHours(1);

        Assert.False(Validate(options).Succeeded);
    }
}
