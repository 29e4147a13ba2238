using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.StationAgainstCsms;

/// <summary>
/// One real central system on SQLite, shared by the tests of one OCPP version (each uses its own charger ids).
/// TAG-1 is an accepted token.
/// </summary>
public sealed class CsmsForStations : IAsyncLifetime
{
    private SqliteBackend? _storage;

    internal CsmsServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _storage = new SqliteBackend();
        Server = await CsmsServer.StartAsync(_storage);
        await Server.Get<IIdTokenService>().SaveAsync(new IdTokenRecord("TAG-1", "ISO14443", IdTokenStatus.Accepted), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }
}
