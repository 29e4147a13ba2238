using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>A WebSocket driven by hand: sends exact text (malformed frames included) and reads what comes back.</summary>
internal sealed class RawSocket(ClientWebSocket socket) : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public ClientWebSocket Socket { get; } = socket;

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>The next text message as JSON, or null when the server closed instead.</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[256 * 1024];
        var total = 0;
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer.AsMemory(total), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            total += result.Count;
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(buffer.AsMemory(0, total));
                return document.RootElement.Clone();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The server went first; nothing left to close.
            }
        }

        Socket.Dispose();
    }
}
