using System.Net.WebSockets;
using System.Text;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>Opens the station's WebSocket to the central system with the version's subprotocol (and Basic credentials when given).</summary>
internal static class StationConnector
{
    public static async Task<IOcppTransport> ConnectAsync(ConformanceSettings settings, Transcript transcript, Action<string> sent, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            var subProtocol = settings.Version.ToSubProtocol();
            socket.Options.AddSubProtocol(subProtocol);
            if (settings.Password is not null)
            {
                socket.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.StationId + ":" + settings.Password)));
            }

            var uri = new Uri(settings.Csms.ToString().TrimEnd('/') + "/" + Uri.EscapeDataString(settings.StationId));
            transcript.Note($"connect {uri} offering {subProtocol}");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.StepTimeout);
            await socket.ConnectAsync(uri, timeout.Token).ConfigureAwait(false);
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
}
