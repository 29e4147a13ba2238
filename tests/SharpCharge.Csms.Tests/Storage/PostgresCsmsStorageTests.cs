using SharpCharge.Csms.Tests.Support;
using Xunit.Abstractions;

namespace SharpCharge.Csms.Tests.Storage;

/// <summary>The storage tests on a real PostgreSQL server (see <see cref="PostgresServerFixture"/>).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCsmsStorageTests(PostgresServerFixture server, ITestOutputHelper output) : CsmsStorageTests(output)
{
    private protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync(server);
}
