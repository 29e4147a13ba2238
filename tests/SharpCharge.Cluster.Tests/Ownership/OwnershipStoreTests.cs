using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SharpCharge.Cluster.Tests.Support;
using SharpCharge.Csms.Cluster.Ownership;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Cluster.Tests.Ownership;

/// <summary>Node leases, charger ownership and site leases against a real PostgreSQL database, on a test clock.</summary>
[Collection(PostgresOnlyCollection.Name)]
public sealed class OwnershipStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);
    private readonly PostgresServerFixture _server;
    private readonly TestClock _clock = new();
    private SqlDialect? _dialect;
    private string _database = string.Empty;

    public OwnershipStoreTests(PostgresServerFixture server)
    {
        _server = server;
    }

    private OwnershipStore Store => new(_dialect!);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(_server.ConnectionString);
        _dialect = SqlDialect.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = _database });
        await new DatabaseMigrator(_dialect, _clock, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_dialect is not null)
        {
            await _dialect.DisposeAsync();
        }
    }

    [Fact]
    public async Task Sweep_WhileLeaseRuns_KeepsNodeAndItsChargers()
    {
        await JoinAsync("a");
        await AddOnlineChargerAsync("CP1");
        await Store.ClaimAsync("CP1", "a", "ocpp1.6", _clock.GetUtcNow(), CancellationToken.None);

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        var (dead, offline) = await Store.SweepAsync("b", _clock.GetUtcNow(), CancellationToken.None);

        Assert.Empty(dead);
        Assert.Empty(offline);
        Assert.Equal("a", (await Store.FindOwnerAsync("cp1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);
    }

    [Fact]
    public async Task Sweep_AfterLeaseExpired_RemovesNodeAndTakesItsChargersOffline()
    {
        await JoinAsync("a");
        await AddOnlineChargerAsync("CP1");
        await Store.ClaimAsync("CP1", "a", "ocpp1.6", _clock.GetUtcNow(), CancellationToken.None);

        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var (dead, offline) = await Store.SweepAsync("b", _clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(["a"], dead);
        Assert.Equal(["CP1"], offline);
        Assert.False(await IsOnlineAsync("CP1"));
        Assert.Null(await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None));
        Assert.False(await Store.RenewAsync("a", _clock.GetUtcNow() + Lease, CancellationToken.None));
    }

    [Fact]
    public async Task Renew_KeepsLeaseRunningPastItsFirstExpiry()
    {
        await JoinAsync("a");
        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.True(await Store.RenewAsync("a", _clock.GetUtcNow() + Lease, CancellationToken.None));

        _clock.Advance(TimeSpan.FromSeconds(5));
        var (dead, _) = await Store.SweepAsync("b", _clock.GetUtcNow(), CancellationToken.None);

        Assert.Empty(dead);
    }

    [Fact]
    public async Task Claim_ByAnotherNode_ReturnsThePreviousLiveOwner()
    {
        await JoinAsync("a");
        await JoinAsync("b");
        Assert.Null(await Store.ClaimAsync("CP1", "a", "ocpp1.6", _clock.GetUtcNow(), CancellationToken.None));

        var previous = await Store.ClaimAsync("cp1", "b", "ocpp2.0.1", _clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal("a", previous);
        var owner = await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(("b", "ocpp2.0.1"), (owner?.NodeId, owner?.OcppVersion));
    }

    [Fact]
    public async Task Release_ByTheOldOwnerAfterTakeover_LeavesTheNewOwnersRow()
    {
        await JoinAsync("a");
        await JoinAsync("b");
        await Store.ClaimAsync("CP1", "a", "ocpp1.6", _clock.GetUtcNow(), CancellationToken.None);
        await Store.ClaimAsync("CP1", "b", "ocpp1.6", _clock.GetUtcNow(), CancellationToken.None);

        Assert.False(await Store.ReleaseAsync("CP1", "a", CancellationToken.None));
        Assert.Equal("b", (await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);
        Assert.True(await Store.ReleaseAsync("CP1", "b", CancellationToken.None));
        Assert.Null(await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task Join_AfterARestart_ReleasesWhatTheEarlierRunHeld()
    {
        await JoinAsync("a");
        await AddOnlineChargerAsync("CP1");
        await Store.ClaimAsync("CP1", "a", "ocpp1.6", _clock.GetUtcNow(), CancellationToken.None);

        var released = await Store.JoinAsync("a", _clock.GetUtcNow(), _clock.GetUtcNow() + Lease, CancellationToken.None);

        Assert.Equal(["CP1"], released);
        Assert.False(await IsOnlineAsync("CP1"));
    }

    [Fact]
    public async Task HoldSite_WhileAnotherNodesLeaseRuns_IsRefusedUntilItExpires()
    {
        var now = _clock.GetUtcNow();
        Assert.True(await Store.HoldSiteAsync("site-1", "a", now, now + Lease, CancellationToken.None));
        Assert.False(await Store.HoldSiteAsync("site-1", "b", now, now + Lease, CancellationToken.None));
        Assert.True(await Store.HoldSiteAsync("site-1", "a", now, now + Lease, CancellationToken.None));
        Assert.True(await Store.HoldSiteAsync("site-2", "b", now, now + Lease, CancellationToken.None));

        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        now = _clock.GetUtcNow();

        Assert.True(await Store.HoldSiteAsync("site-1", "b", now, now + Lease, CancellationToken.None));
        Assert.False(await Store.HoldSiteAsync("site-1", "a", now, now + Lease, CancellationToken.None));
    }

    private Task JoinAsync(string node) => Store.JoinAsync(node, _clock.GetUtcNow(), _clock.GetUtcNow() + Lease, CancellationToken.None);

    private async Task AddOnlineChargerAsync(string id)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO chargers (id, registration_status, online, created_at, updated_at) VALUES (@id, 'Accepted', true, now(), now())", connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<bool> IsOnlineAsync(string id)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT online FROM chargers WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
