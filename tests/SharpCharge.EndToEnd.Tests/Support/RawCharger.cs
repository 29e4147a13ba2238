using System.Text.Json;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>
/// A charger that speaks JSON frames written by hand, as a real device's firmware would: the same payload text
/// serves 2.0.1 and 2.1, and malformed frames can be sent as they are.
/// </summary>
internal sealed class RawCharger : IAsyncDisposable
{
    private int _nextId;

    private RawCharger(RawSocket socket) => Socket = socket;

    public RawSocket Socket { get; }

    public static async Task<RawCharger> ConnectAsync(CsmsServer server, string chargerId, OcppVersion version, string? password = null)
    {
        var socket = await TestCharger.OpenAsync(server.ChargerUri(chargerId), [version.ToSubProtocol()], chargerId, password);
        Assert.Equal(version.ToSubProtocol(), socket.SubProtocol);
        return new RawCharger(new RawSocket(socket));
    }

    /// <summary>Sends a CALL and returns the CALLRESULT payload; a CALLERROR fails the test with its code.</summary>
    public async Task<JsonElement> CallAsync(string action, string payloadJson)
    {
        var (type, frame) = await ExchangeAsync(action, payloadJson);
        Assert.True(type == 3, $"{action} was answered with {frame}");
        return frame[2];
    }

    /// <summary>Sends a CALL and returns the CALLERROR's code; a CALLRESULT fails the test.</summary>
    public async Task<string> CallErrorAsync(string action, string payloadJson)
    {
        var (type, frame) = await ExchangeAsync(action, payloadJson);
        Assert.True(type == 4, $"{action} was expected to fail but got {frame}");
        return frame[2].GetString()!;
    }

    public ValueTask DisposeAsync() => Socket.DisposeAsync();

    private async Task<(int Type, JsonElement Frame)> ExchangeAsync(string action, string payloadJson)
    {
        var id = $"m{Interlocked.Increment(ref _nextId)}";
        await Socket.SendAsync($"[2,\"{id}\",\"{action}\",{payloadJson}]");
        var frame = await Socket.ReceiveAsync() ?? throw new InvalidOperationException($"The server closed the connection instead of answering {action}.");
        Assert.Equal(id, frame[1].GetString());
        return (frame[0].GetInt32(), frame);
    }
}
