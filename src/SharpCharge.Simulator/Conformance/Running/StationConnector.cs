using System.Net.WebSockets;
using System.Text;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>Opens the station's WebSocket to the central system with the version's subprotocol (and Basic credentials when given).</summary>
internal static class StationConnector
{
    public static async Task<IOcppTransport> ConnectAsync(ConformanceSettings settings, Handshake handshake, Transcript transcript, Action<string> sent, CancellationToken cancellationToken)
    {
        ClientWebSocket? socket = await OpenAsync(settings, handshake, transcript, cancellationToken).ConfigureAwait(false);
        try
        {
            var subProtocol = settings.Version.ToSubProtocol();
            if (socket.SubProtocol != subProtocol)
            {
                // OCPP-J 1.6 §3.1.2, 2.0.1 Part 4 §3.2: the server must echo the one subprotocol it chose.
                throw new Dsl.CaseFailedException($"The central system answered the handshake with subprotocol '{socket.SubProtocol}' instead of '{subProtocol}'.");
            }

            // The transport owns the socket from here on.
            var transport = new TranscriptTransport(new WebSocketOcppTransport(socket), transcript, sent);
            socket = null;
            return transport;
        }
        finally
        {
            socket?.Dispose();
        }
    }

    /// <summary>Sends the upgrade request <paramref name="handshake"/> describes; the caller owns the open socket.</summary>
    public static async Task<ClientWebSocket> OpenAsync(ConformanceSettings settings, Handshake handshake, Transcript transcript, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            foreach (var offered in handshake.SubProtocols)
            {
                socket.Options.AddSubProtocol(offered);
            }

            if (handshake.Password is not null)
            {
                socket.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(handshake.User + ":" + handshake.Password)));
            }

            var uri = new Uri(settings.Csms.ToString().TrimEnd('/') + "/" + Uri.EscapeDataString(settings.StationId));
            var credentials = handshake.Password is null ? "" : $" with Basic credentials of user {handshake.User}";
            transcript.Note($"connect {uri} offering {string.Join(", ", handshake.SubProtocols)}{credentials}");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.StepTimeout);
            await socket.ConnectAsync(uri, timeout.Token).ConfigureAwait(false);
            var open = socket;
            socket = null;
            return open;
        }
        finally
        {
            socket?.Dispose();
        }
    }
}
