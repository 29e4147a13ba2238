using SharpCharge.Csms.Connections;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Csms.Tests.Connections;

/// <summary>
/// One live session per charger id, and the one kept is the connection whose upgrade request arrived last, whatever
/// order the handshakes finish in: a charger that gave up on a slow handshake has connected again since.
/// </summary>
public sealed class ChargerSessionRegistryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Requested = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly List<OcppConnection> _connections = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    [Trait("Issue", "8")]
    public void Add_OfALaterRequestedConnection_ReplacesTheCurrentOne()
    {
        var registry = new ChargerSessionRegistry();
        var first = Session("CP1", Requested);
        var second = Session("cp1", Requested.AddSeconds(5));
        registry.Add(first);

        var toClose = registry.Add(second);

        Assert.Same(first, toClose);
        Assert.True(registry.TryGet("CP1", out var current));
        Assert.Same(second, current);
    }

    [Fact]
    [Trait("Issue", "8")]
    public void Add_OfAConnectionRequestedBeforeTheCurrentOne_IsRefusedAndLeavesTheCurrentOne()
    {
        // The abandoned handshake finishes after the charger's next connection is served: that one stays.
        var registry = new ChargerSessionRegistry();
        var newer = Session("CP1", Requested.AddSeconds(5));
        var abandoned = Session("CP1", Requested);
        registry.Add(newer);

        var toClose = registry.Add(abandoned);

        Assert.Same(abandoned, toClose);
        Assert.True(registry.TryGet("CP1", out var current));
        Assert.Same(newer, current);
        Assert.False(registry.Remove(abandoned));
        Assert.Equal(1, registry.Count);
    }

    private ChargerSession Session(string chargerId, DateTimeOffset requestedAt)
    {
        var (transport, _) = InMemoryOcppTransport.CreatePair();
        var connection = new OcppConnection(transport, OcppRouter.Create(V16Actions.Catalogue));
        _connections.Add(connection);
        return new ChargerSession(chargerId, OcppVersion.V16, connection, accepted: true, requestedAt);
    }
}
