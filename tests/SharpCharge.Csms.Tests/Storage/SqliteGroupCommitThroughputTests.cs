using SharpCharge.Csms.Tests.Support;
using Xunit.Abstractions;

namespace SharpCharge.Csms.Tests.Storage;

public sealed class SqliteGroupCommitThroughputTests(ITestOutputHelper output) : GroupCommitThroughputTests(output)
{
    private protected override string Name => "SQLite";

    private protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}
