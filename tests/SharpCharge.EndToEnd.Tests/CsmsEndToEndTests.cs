using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.EndToEnd.Tests;

/// <summary>
/// The central system, really started on loopback, driven by real WebSocket clients of every OCPP version.
/// The same tests run on SQLite (<see cref="SqliteCsmsEndToEndTests"/>) and PostgreSQL (<see cref="PostgresCsmsEndToEndTests"/>).
/// </summary>
public abstract partial class CsmsEndToEndTests
{
    private protected abstract Task<StorageBackend> CreateStorageAsync();

    private protected async Task<(CsmsServer Server, StorageBackend Storage)> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var storage = await CreateStorageAsync();
        try
        {
            return (await CsmsServer.StartAsync(storage, settings), storage);
        }
        catch
        {
            await storage.DisposeAsync();
            throw;
        }
    }

    private protected sealed class Running : IAsyncDisposable
    {
        public required CsmsServer Server { get; init; }

        public required StorageBackend Storage { get; init; }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            await Storage.DisposeAsync();
        }
    }

    private protected async Task<Running> RunAsync(IDictionary<string, string?>? settings = null)
    {
        var (server, storage) = await StartAsync(settings);
        return new Running { Server = server, Storage = storage };
    }
}

public sealed class SqliteCsmsEndToEndTests : CsmsEndToEndTests
{
    private protected override Task<StorageBackend> CreateStorageAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCsmsEndToEndTests(PostgresServerFixture postgres) : CsmsEndToEndTests
{
    private protected override async Task<StorageBackend> CreateStorageAsync() => await PostgresBackend.CreateAsync(postgres);
}
