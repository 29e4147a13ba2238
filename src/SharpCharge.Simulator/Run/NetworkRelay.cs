using System.Net;
using System.Net.Sockets;

namespace SharpCharge.Simulator.Run;

/// <summary>
/// A loopback TCP relay between one station and the central system, so a scenario can pull the network cable:
/// <see cref="Cut"/> drops every relayed connection and refuses new ones until <see cref="Restore"/>. The station
/// sees a real network failure and reconnects with its own back-off; the central system sees the socket die.
/// </summary>
internal sealed class NetworkRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private readonly Task _accepting;
    private volatile bool _cut;

    public NetworkRelay(Uri target)
    {
        _targetHost = target.Host;
        _targetPort = target.Port;
        _listener.Start();
        _accepting = AcceptAsync(_stop.Token);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Cut()
    {
        _cut = true;
        lock (_gate)
        {
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
        }
    }

    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        Cut();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken stop)
    {
        var pipes = new List<Task>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var inbound = await _listener.AcceptTcpClientAsync(stop).ConfigureAwait(false);
                pipes.RemoveAll(t => t.IsCompleted);
                if (_cut)
                {
                    inbound.Dispose();
                    continue;
                }

                pipes.Add(PipeAsync(inbound, stop));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Disposed: the listener stopped.
        }

        await Task.WhenAll(pipes).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task PipeAsync(TcpClient inbound, CancellationToken stop)
    {
        var outbound = new TcpClient();
        lock (_gate)
        {
            _open.Add(inbound);
            _open.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(_targetHost, _targetPort, stop).ConfigureAwait(false);
            var a = inbound.GetStream();
            var b = outbound.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, stop), b.CopyToAsync(a, stop)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // One side went away (or the cable was pulled): both close below.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(inbound);
                _open.Remove(outbound);
            }

            inbound.Dispose();
            outbound.Dispose();
        }
    }
}
