using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Simulator.Load;

/// <summary>
/// Opens load-mode WebSockets from chosen local addresses. One loopback address gives about 28,000 ephemeral
/// ports towards one server port; several (127.0.0.1, 127.0.0.2, ...) multiply that. ClientWebSocket cannot bind
/// a local address itself, so each address gets a <see cref="SocketsHttpHandler"/> whose ConnectCallback binds
/// the socket before connecting, and the handshake runs through it.
/// </summary>
internal sealed class SourceBoundConnector : IDisposable
{
    private readonly Uri _csms;
    private readonly OcppVersion _version;
    private readonly string? _password;
    private readonly TimeSpan _timeout;
    private readonly HttpMessageInvoker[] _invokers;
    private int _next;

    public SourceBoundConnector(Uri csms, OcppVersion version, string? password, IReadOnlyList<IPAddress> sources, TimeSpan timeout)
    {
        _csms = csms;
        _version = version;
        _password = password;
        _timeout = timeout;
        _invokers = sources.Count == 0
            ? [new HttpMessageInvoker(new SocketsHttpHandler { ConnectTimeout = timeout })]
            : [.. sources.Select(source => new HttpMessageInvoker(Bound(source, timeout)))];
    }

    public async Task<WebSocketOcppTransport> ConnectAsync(string stationId, CancellationToken cancellationToken)
    {
        var invoker = _invokers[(int)((uint)Interlocked.Increment(ref _next) % (uint)_invokers.Length)];
        var socket = new ClientWebSocket();
        try
        {
            var subProtocol = _version.ToSubProtocol();
            socket.Options.AddSubProtocol(subProtocol);
            if (_password is not null)
            {
                socket.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(stationId + ":" + _password)));
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_timeout);
            var uri = new Uri(_csms.ToString().TrimEnd('/') + "/" + Uri.EscapeDataString(stationId));
            await socket.ConnectAsync(uri, invoker, timeout.Token).ConfigureAwait(false);
            if (socket.SubProtocol != subProtocol)
            {
                throw new WebSocketException($"The central system answered subprotocol '{socket.SubProtocol}' instead of '{subProtocol}'.");
            }

            // The transport owns the socket from here on.
            var transport = new WebSocketOcppTransport(socket);
            socket = null;
            return transport;
        }
        finally
        {
            socket?.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var invoker in _invokers)
        {
            invoker.Dispose();
        }
    }

    private static SocketsHttpHandler Bound(IPAddress source, TimeSpan timeout) => new()
    {
        ConnectTimeout = timeout,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, source.AddressFamily, cancellationToken).ConfigureAwait(false);
            var target = addresses.FirstOrDefault() ?? throw new SocketException((int)SocketError.HostNotFound);
            var socket = new Socket(source.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(new IPEndPoint(target, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);

                // The stream owns the socket from here on.
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
