namespace SharpCharge.Csms.Tests.Support;

/// <summary>Test classes in this collection share one <see cref="PostgresServerFixture"/> (one server per test run).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL";
}
