using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Cluster.Tests.Support;

/// <summary>Tests that need PostgreSQL but not RabbitMQ share one server, started apart from the full cluster's.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresOnlyCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "Cluster PostgreSQL";
}
