using System.Text;
using System.Text.Json;
using SharpCharge.Ocpp.Buffers;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Ocpp.Tests.Support;

/// <summary>
/// The far end of an in-memory pipe, driven by hand: sends exact bytes (malformed ones included) and reads
/// what the connection under test sends back, as parsed JSON.
/// </summary>
internal sealed class RawPeer(InMemoryOcppTransport transport)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public InMemoryOcppTransport Transport { get; } = transport;

    public ValueTask SendAsync(string text) => Transport.SendRawAsync(text);

    /// <summary>The next message, or a test failure if none arrives in 10 s (a generous bound, not a timing assertion).</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var buffer = new PooledBufferWriter();
        using var timeout = new CancellationTokenSource(Patience);
        var result = await Transport.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal(OcppReceiveStatus.Message, result.Status);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>Waits for the transport to report the peer's close, and returns what it said.</summary>
    public async Task<OcppReceiveResult> ReceiveCloseAsync()
    {
        using var buffer = new PooledBufferWriter();
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var result = await Transport.ReceiveAsync(buffer, timeout.Token);
            if (result.Status != OcppReceiveStatus.Message)
            {
                return result;
            }

            buffer.Clear();
        }
    }

    /// <summary>Reads the next message and checks it is a CALLERROR; returns (id, code).</summary>
    public async Task<(string Id, string Code, string Description)> ReceiveCallErrorAsync()
    {
        var frame = await ReceiveAsync();
        Assert.Equal(JsonValueKind.Array, frame.ValueKind);
        Assert.Equal(4, frame[0].GetInt32());
        Assert.Equal(5, frame.GetArrayLength());
        Assert.Equal(JsonValueKind.Object, frame[4].ValueKind);
        return (frame[1].GetString()!, frame[2].GetString()!, frame[3].GetString()!);
    }

    public static string Frame(params object[] elements) => JsonSerializer.Serialize(elements, TestJson.Options);

    public static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
