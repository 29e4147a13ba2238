using System.Buffers;
using System.Net.WebSockets;
using System.Text;

// The load benchmark's baseline (docs/benchmarks.md): a Kestrel WebSocket server that answers every OCPP CALL with a
// fixed CALLRESULT, echoing the message id so the caller can match it, choosing the payload by the action's first
// letters, and parsing, validating and storing nothing. What the central system reaches is reported against it.
// Usage: dotnet SharpCharge.Baseline.dll <port>
var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 9100;
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
var app = builder.Build();
app.UseWebSockets();
app.Run(async http =>
{
    if (!http.WebSockets.IsWebSocketRequest)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return;
    }

    using var socket = await http.WebSockets.AcceptWebSocketAsync(http.WebSockets.WebSocketRequestedProtocols.FirstOrDefault());
    while (true)
    {
        // Like the central system, an idle socket holds no buffer: wait with a zero-byte read, then rent one.
        if ((await socket.ReceiveAsync(Memory<byte>.Empty, default)).MessageType == WebSocketMessageType.Close)
        {
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var received = await socket.ReceiveAsync(buffer.AsMemory(), default);
            if (received.MessageType == WebSocketMessageType.Close || !received.EndOfMessage)
            {
                return;
            }

            var length = Answer(buffer.AsSpan(0, received.Count), out var answer);
            await socket.SendAsync(answer.AsMemory(0, length), WebSocketMessageType.Text, true, default);
            ArrayPool<byte>.Shared.Return(answer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
});
app.Run();

// [2,"id","Action",{...}] -> [3,"id",{fixed payload for Action}]
static int Answer(ReadOnlySpan<byte> call, out byte[] answer)
{
    var idStart = call.IndexOf((byte)'"') + 1;
    var idLength = call[idStart..].IndexOf((byte)'"');
    var action = call[(idStart + idLength + 3)..];
    var payload = action switch
    {
        _ when action.StartsWith("BootNotification"u8) => """{"status":"Accepted","currentTime":"2026-01-01T00:00:00Z","interval":300}"""u8,
        _ when action.StartsWith("Heartbeat"u8) => """{"currentTime":"2026-01-01T00:00:00Z"}"""u8,
        _ when action.StartsWith("StartTransaction"u8) => """{"idTagInfo":{"status":"Accepted"},"transactionId":1}"""u8,
        _ => "{}"u8,
    };
    answer = ArrayPool<byte>.Shared.Rent(idLength + payload.Length + 8);
    var length = Encoding.ASCII.GetBytes("[3,\"", answer);
    call.Slice(idStart, idLength).CopyTo(answer.AsSpan(length));
    length += idLength;
    answer[length++] = (byte)'"';
    answer[length++] = (byte)',';
    payload.CopyTo(answer.AsSpan(length));
    length += payload.Length;
    answer[length++] = (byte)']';
    return length;
}
