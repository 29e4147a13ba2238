using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SharpCharge.Cluster.Tests.Support;
using SharpCharge.Csms.Cluster.Ownership;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Storage.Sql;
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
    private GroupCommitWriter? _writer;

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
        if (_writer is not null)
        {
            await _writer.StopAsync(CancellationToken.None);
            _writer.Dispose();
        }

        if (_dialect is not null)
        {
            await _dialect.DisposeAsync();
        }
    }

    /// <summary>The charger store as the central system builds it: its status writes go through the group-commit writer.</summary>
    private async Task<SqlChargerStore> ChargersAsync()
    {
        if (_writer is null)
        {
            _writer = new GroupCommitWriter(_dialect!, Microsoft.Extensions.Options.Options.Create(new StorageOptions()), NullLogger<GroupCommitWriter>.Instance);
            await _writer.StartAsync(CancellationToken.None);
        }

        return new SqlChargerStore(_dialect!, _writer);
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
        Assert.Equal(new OwnershipClaim(true, null), await Store.ClaimAsync("CP1", "a", "ocpp1.6", _clock.GetUtcNow(), CancellationToken.None));

        _clock.Advance(TimeSpan.FromSeconds(1));
        var claim = await Store.ClaimAsync("cp1", "b", "ocpp2.0.1", _clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(new OwnershipClaim(true, "a"), claim);
        var owner = await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(("b", "ocpp2.0.1"), (owner?.NodeId, owner?.OcppVersion));
    }

    [Fact]
    public async Task Release_ByTheOldOwnerAfterTakeover_LeavesTheNewOwnersRow()
    {
        await JoinAsync("a");
        await JoinAsync("b");
        var first = _clock.GetUtcNow();
        await Store.ClaimAsync("CP1", "a", "ocpp1.6", first, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = _clock.GetUtcNow();
        await Store.ClaimAsync("CP1", "b", "ocpp1.6", second, CancellationToken.None);

        Assert.False(await Store.ReleaseAsync("CP1", "a", first, CancellationToken.None));
        Assert.Equal("b", (await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);
        Assert.True(await Store.ReleaseAsync("CP1", "b", second, CancellationToken.None));
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

    [Fact]
    public async Task Claim_OfAnOlderConnectionReachingTheDatabaseLate_DoesNotTakeTheChargerBack()
    {
        await JoinAsync("a");
        await JoinAsync("b");
        var older = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(5));
        await Store.ClaimAsync("CP1", "b", "ocpp1.6", _clock.GetUtcNow(), CancellationToken.None);

        var late = await Store.ClaimAsync("CP1", "a", "ocpp1.6", older, CancellationToken.None);

        Assert.Equal(new OwnershipClaim(false, null), late);
        Assert.Equal("b", (await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);
    }

    [Fact]
    public async Task Release_OfAnOlderConnectionOnTheSameNode_LeavesTheNewerConnectionsRow()
    {
        // The charger reconnected to the same node before the old socket's close was handled there: the old session's
        // release runs after the new session's claim and must not delete it.
        await JoinAsync("a");
        var older = _clock.GetUtcNow();
        await Store.ClaimAsync("CP1", "a", "ocpp1.6", older, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var newer = _clock.GetUtcNow();
        await Store.ClaimAsync("CP1", "a", "ocpp1.6", newer, CancellationToken.None);

        Assert.False(await Store.ReleaseAsync("CP1", "a", older, CancellationToken.None));

        Assert.Equal("a", (await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);
        Assert.True(await Store.ReleaseAsync("CP1", "a", newer, CancellationToken.None));
    }

    [Fact]
    public async Task Takeover_WhenTheOldNodesDisconnectLandsBetweenTheNewOnlineWriteAndItsClaim_EndsOnlineAndHeldByTheNewNode()
    {
        await JoinAsync("a");
        await JoinAsync("b");
        await AddOnlineChargerAsync("CP1");
        var chargers = await ChargersAsync();
        var onA = await ConnectThroughAsync(chargers, "CP1", "a");

        // The charger reconnects through b: b writes online first, then claims. In between, a handles its old socket's close.
        _clock.Advance(TimeSpan.FromSeconds(1));
        var onB = _clock.GetUtcNow();
        await chargers.SetOnlineAsync("CP1", online: true, "ocpp1.6", onB, CancellationToken.None);
        Assert.True(await Store.ReleaseAsync("CP1", "a", onA, CancellationToken.None));
        await chargers.SetOfflineAsync("CP1", onA, _clock.GetUtcNow(), CancellationToken.None);
        var claim = await Store.ClaimAsync("CP1", "b", "ocpp1.6", onB, CancellationToken.None);

        Assert.Equal(new OwnershipClaim(true, null), claim);
        Assert.True(await IsOnlineAsync("CP1"));
        Assert.Equal("b", (await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task Takeover_WhenAHandshakeTheChargerGaveUpOnFinishesAfterItsNewerConnectionElsewhere_KeepsTheNewerOneOnlineAndHeld()
    {
        // The charger's upgrade request reaches a, which is too slow; the charger gives up, reconnects through b, and b
        // goes online first. a finishes the abandoned handshake afterwards, and that socket closes at once. Each
        // connection is named by the time its upgrade request arrived, so everything a writes is about the older one.
        await JoinAsync("a");
        await JoinAsync("b");
        await AddOnlineChargerAsync("CP1");
        var chargers = await ChargersAsync();
        var requestedOnA = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(8));
        var requestedOnB = await ConnectThroughAsync(chargers, "CP1", "b");

        _clock.Advance(TimeSpan.FromSeconds(1));
        await chargers.SetConnectionOnlineAsync("CP1", "ocpp1.6", requestedOnA, _clock.GetUtcNow(), CancellationToken.None);
        var lateClaim = await Store.ClaimAsync("CP1", "a", "ocpp1.6", requestedOnA, CancellationToken.None);
        var released = await Store.ReleaseAsync("CP1", "a", requestedOnA, CancellationToken.None);
        await chargers.SetOfflineAsync("CP1", requestedOnA, _clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(new OwnershipClaim(false, null), lateClaim);
        Assert.False(released);
        Assert.True(await IsOnlineAsync("CP1"));
        Assert.Equal("b", (await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);
        // Nothing was lost that b's next renewal would have to repair.
        Assert.Empty(await Store.ReclaimAsync("b", [new HeldCharger("CP1", "ocpp1.6", requestedOnB)], CancellationToken.None));
    }

    [Fact]
    public async Task Sweep_OfADeadNodeWhoseChargerAlreadyConnectedElsewhere_LeavesTheChargerOnline()
    {
        // The sweep's delete of a's row can run before b's claim of the reconnected charger (which then waits for it),
        // but after b's online write: that later connection keeps the charger online.
        await JoinAsync("a");
        await AddOnlineChargerAsync("CP1");
        var chargers = await ChargersAsync();
        var onA = await ConnectThroughAsync(chargers, "CP1", "a");
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await JoinAsync("b");
        var onB = _clock.GetUtcNow();
        await chargers.SetOnlineAsync("CP1", online: true, "ocpp1.6", onB, CancellationToken.None);

        var (dead, offline) = await Store.SweepAsync("b", _clock.GetUtcNow(), CancellationToken.None);
        await Store.ClaimAsync("CP1", "b", "ocpp1.6", onB, CancellationToken.None);

        Assert.Equal(["a"], dead);
        Assert.Empty(offline);
        Assert.True(await IsOnlineAsync("CP1"));
        Assert.Equal("b", (await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);
    }

    [Fact]
    public async Task Sweep_OfADeadNode_TakesOfflineTheChargersWhoseLatestConnectionWasThere()
    {
        await JoinAsync("a");
        await AddOnlineChargerAsync("CP1");
        var chargers = await ChargersAsync();
        var onA = await ConnectThroughAsync(chargers, "CP1", "a");
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));

        var (_, offline) = await Store.SweepAsync("b", _clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(["CP1"], offline);
        Assert.False(await IsOnlineAsync("CP1"));
    }

    [Fact]
    public async Task Reclaim_AfterARacingWriteTookTheRowAndTheOnlineFlagAway_WritesBothAgain()
    {
        await JoinAsync("a");
        await AddOnlineChargerAsync("CP1");
        var chargers = await ChargersAsync();
        var since = await ConnectThroughAsync(chargers, "CP1", "a");
        await Store.ReleaseAsync("CP1", "a", connectedAt: null, CancellationToken.None);
        await chargers.SetOnlineAsync("CP1", online: false, null, since, CancellationToken.None);

        var held = new HeldCharger("CP1", "ocpp1.6", since);
        var repaired = await Store.ReclaimAsync("a", [held], CancellationToken.None);

        Assert.Equal([held], repaired);
        Assert.True(await IsOnlineAsync("CP1"));
        Assert.Equal("a", (await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);
        Assert.Empty(await Store.ReclaimAsync("a", [held], CancellationToken.None));
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task Reclaim_AfterALaterNamedAbandonedConnectionElsewhereClaimedAndClosed_ShowsTheHeldConnectionOnlineAgain()
    {
        // A stalled node reads an upgrade request only after its charger gave up on it and connected through b, so that
        // abandoned connection is named later than b's live one: it goes online, claims and closes. b's next renewal
        // must show the charger online again, as held through b's connection, so that b's own close still counts.
        await JoinAsync("a");
        await JoinAsync("b");
        await AddOnlineChargerAsync("CP1");
        var chargers = await ChargersAsync();
        var onB = await ConnectThroughAsync(chargers, "CP1", "b");
        _clock.Advance(TimeSpan.FromSeconds(3));
        var onA = await ConnectThroughAsync(chargers, "CP1", "a");
        Assert.True(await Store.ReleaseAsync("CP1", "a", onA, CancellationToken.None));
        await chargers.SetOfflineAsync("CP1", onA, _clock.GetUtcNow(), CancellationToken.None);
        Assert.False(await IsOnlineAsync("CP1"));

        var held = new HeldCharger("CP1", "ocpp1.6", onB);
        var repaired = await Store.ReclaimAsync("b", [held], CancellationToken.None);

        Assert.Equal([held], repaired);
        Assert.True(await IsOnlineAsync("CP1"));
        Assert.Equal("b", (await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);

        // b's connection closes: the charger goes offline, as nothing newer holds it.
        Assert.True(await Store.ReleaseAsync("CP1", "b", onB, CancellationToken.None));
        await chargers.SetOfflineAsync("CP1", onB, _clock.GetUtcNow(), CancellationToken.None);
        Assert.False(await IsOnlineAsync("CP1"));
    }

    [Fact]
    public async Task Reclaim_OfAStaleSocketWhenALaterConnectionIsRecordedElsewhere_ChangesNothing()
    {
        await JoinAsync("a");
        await JoinAsync("b");
        await AddOnlineChargerAsync("CP1");
        var chargers = await ChargersAsync();
        var onA = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(1));
        var onB = await ConnectThroughAsync(chargers, "CP1", "b");
        await chargers.SetOfflineAsync("CP1", onB, _clock.GetUtcNow(), CancellationToken.None);

        var repaired = await Store.ReclaimAsync("a", [new HeldCharger("CP1", "ocpp1.6", onA)], CancellationToken.None);

        Assert.Empty(repaired);
        Assert.False(await IsOnlineAsync("CP1"));
        Assert.Equal("b", (await Store.FindOwnerAsync("CP1", _clock.GetUtcNow(), CancellationToken.None))?.NodeId);
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

    // A charger's connection through a node as the endpoint records it: online at the connection's time, then claimed.
    private async Task<DateTimeOffset> ConnectThroughAsync(SqlChargerStore chargers, string chargerId, string node)
    {
        var at = _clock.GetUtcNow();
        await chargers.SetOnlineAsync(chargerId, online: true, "ocpp1.6", at, CancellationToken.None);
        await Store.ClaimAsync(chargerId, node, "ocpp1.6", at, CancellationToken.None);
        return at;
    }
}
