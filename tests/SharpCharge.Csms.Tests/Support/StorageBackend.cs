using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Tests.Support;

/// <summary>An empty database for one test: its provider, its connection string, and how to throw it away.</summary>
internal abstract class StorageBackend : IAsyncDisposable
{
    public abstract StorageProvider Provider { get; }

    public abstract string ConnectionString { get; }

    public StorageOptions Options(int maxBatchSize = 256) => new()
    {
        Provider = Provider,
        ConnectionString = ConnectionString,
        GroupCommitMaxBatchSize = maxBatchSize,
    };

    public abstract ValueTask DisposeAsync();
}
