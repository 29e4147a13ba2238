using System.Net.WebSockets;
using SharpCharge.Ocpp.Transport;
using SharpCharge.Station.Connection;

namespace SharpCharge.Station.Tests.Support;

/// <summary>
/// Wraps a real connector so a test can cut the network: <see cref="Cut"/> aborts the live socket (no close
/// handshake, as a pulled cable) and refuses new connections until <see cref="Restore"/>.
/// </summary>
internal sealed class DroppableStationConnector(IStationConnector inner) : IStationConnector
{
    private volatile bool _cut;
    private IOcppTransport? _current;

    public int Connections { get; private set; }

    public async ValueTask<IOcppTransport> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_cut)
        {
            throw new WebSocketException("The network is cut.");
        }

        var transport = await inner.ConnectAsync(cancellationToken);
        _current = transport;
        Connections++;
        return transport;
    }

    public async Task CutAsync()
    {
        _cut = true;
        if (_current is { } current)
        {
            await current.DisposeAsync();
        }
    }

    public void Restore() => _cut = false;
}
