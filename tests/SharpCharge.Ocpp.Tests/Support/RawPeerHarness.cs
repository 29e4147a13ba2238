using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Ocpp.Tests.Support;

/// <summary>A connection under test on one end of an in-memory pipe, a hand-driven <see cref="RawPeer"/> on the other.</summary>
internal sealed class RawPeerHarness : IAsyncDisposable
{
    public RawPeerHarness(OcppRouter router, OcppConnectionOptions? options = null, TimeProvider? time = null, int maxMessageSize = 64 * 1024)
    {
        var (local, remote) = InMemoryOcppTransport.CreatePair(maxMessageSize);
        Connection = new OcppConnection(local, router, options, timeProvider: time);
        Peer = new RawPeer(remote);
        Run = Connection.RunAsync();
    }

    public OcppConnection Connection { get; }

    public RawPeer Peer { get; }

    public Task<OcppCloseInfo> Run { get; }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await Run;
    }
}
