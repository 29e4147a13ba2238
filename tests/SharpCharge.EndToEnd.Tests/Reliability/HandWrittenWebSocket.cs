using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>
/// A charger's TCP connection driven byte by byte, for peers no WebSocket library would play: one that sends its
/// upgrade request slowly, one that never reads. Frames are written masked with an all-zero key (RFC 6455 §5.3
/// allows any key), so the payload goes out as it is.
/// </summary>
internal sealed class HandWrittenWebSocket : IDisposable
{
    private HandWrittenWebSocket(Socket socket) => Socket = socket;

    public Socket Socket { get; }

    /// <summary>Connects with a tiny receive buffer, so that whatever the server sends piles up on its side.</summary>
    public static async Task<HandWrittenWebSocket> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096, NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port);
        return new HandWrittenWebSocket(socket);
    }

    public static string UpgradeRequest(int port, string chargerId, string subProtocol) =>
        $"GET /ocpp/{chargerId} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        $"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: {subProtocol}\r\n\r\n";

    public Task SendTextAsync(string text) => Socket.SendAsync(Encoding.ASCII.GetBytes(text).AsMemory(), SocketFlags.None).AsTask();

    /// <summary>Reads the HTTP response head (up to the blank line) and returns it.</summary>
    public async Task<string> ReadResponseHeadAsync()
    {
        var head = new StringBuilder();
        var one = new byte[1];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await Socket.ReceiveAsync(one, SocketFlags.None, timeout.Token) == 0)
            {
                break;
            }

            head.Append((char)one[0]);
        }

        return head.ToString();
    }

    /// <summary>One masked text frame.</summary>
    public static byte[] Frame(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        var header = payload.Length < 126
            ? new byte[] { 0x81, (byte)(0x80 | payload.Length) }
            : [0x81, 0x80 | 126, (byte)(payload.Length >> 8), (byte)payload.Length];
        return [.. header, 0, 0, 0, 0, .. payload];
    }

    /// <summary>True when the server has closed or reset the connection within <paramref name="patience"/> (reading and discarding what it sent).</summary>
    public async Task<bool> ClosedByServerWithinAsync(TimeSpan patience)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            while (await Socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token) > 0)
            {
            }

            return true;
        }
        catch (SocketException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => Socket.Dispose();
}
