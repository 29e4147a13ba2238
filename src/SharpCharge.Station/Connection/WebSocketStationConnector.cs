using System.Net.WebSockets;
using System.Text;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Station.Connection;

/// <summary>
/// Connects with <see cref="ClientWebSocket"/> to <c>{CsmsUri}/{Id}</c>, asking for the configured version's
/// subprotocol only (OCPP-NOTES §2.2) and sending HTTP Basic credentials when a password is set (§3.2).
/// </summary>
internal sealed class WebSocketStationConnector(ChargingStationOptions options) : IStationConnector
{
    private readonly Uri _uri = new(options.CsmsUri.ToString().TrimEnd('/') + "/" + Uri.EscapeDataString(options.Id));
    private readonly string _subProtocol = options.Version.ToSubProtocol();

    public async ValueTask<IOcppTransport> ConnectAsync(CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            socket.Options.AddSubProtocol(_subProtocol);
            if (options.Password is { } password)
            {
                // 2.x sends the password as UTF-8 text; 1.6 sends the secret's bytes, which for a text secret are the same.
                var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Id + ":" + password));
                socket.Options.SetRequestHeader("Authorization", "Basic " + credentials);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ConnectTimeout);
            try
            {
                await socket.ConnectAsync(_uri, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Connecting to {_uri} took longer than {options.ConnectTimeout}.");
            }

            if (socket.SubProtocol != _subProtocol)
            {
                throw new WebSocketException($"The central system answered subprotocol '{socket.SubProtocol}' instead of '{_subProtocol}'.");
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
}
