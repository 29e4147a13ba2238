using SharpCharge.Csms.Tests.Support;
using Xunit.Abstractions;

namespace SharpCharge.Csms.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresGroupCommitThroughputTests(PostgresServerFixture server, ITestOutputHelper output)
    : GroupCommitThroughputTests(output)
{
    private protected override string Name => "PostgreSQL";

    private protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync(server);
}
