using SharpCharge.Csms.Tests.Support;
using Xunit.Abstractions;

namespace SharpCharge.Csms.Tests.Storage;

/// <summary>The storage tests on a temporary SQLite file.</summary>
public sealed class SqliteCsmsStorageTests(ITestOutputHelper output) : CsmsStorageTests(output)
{
    private protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}
