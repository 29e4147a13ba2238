using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Cluster.Tests.Support;

/// <summary>PostgreSQL and RabbitMQ, started once (side by side) for every test of the <see cref="ClusterCollection"/>.</summary>
public sealed class ClusterServersFixture : IAsyncLifetime
{
    public PostgresServerFixture Postgres { get; } = new();

    public RabbitMqServerFixture RabbitMq { get; } = new();

    public Task InitializeAsync() => Task.WhenAll(Postgres.InitializeAsync(), RabbitMq.InitializeAsync());

    public Task DisposeAsync() => Task.WhenAll(Postgres.DisposeAsync(), RabbitMq.DisposeAsync());
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterServersFixture>
{
    public const string Name = "Cluster servers";
}
