using System.Text.Json;
using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>Sends a frame written by hand and returns the next frame that comes back (the test fails if the server closes instead).</summary>
internal static class RawSocketExchange
{
    public static async Task<JsonElement> ExchangeRawAsync(this RawSocket socket, string frame)
    {
        await socket.SendAsync(frame);
        var answer = await socket.ReceiveAsync();
        Assert.True(answer is not null, $"The server closed the connection ({socket.Socket.CloseStatus} {socket.Socket.CloseStatusDescription}) instead of answering {frame[..Math.Min(frame.Length, 120)]}");
        return answer.Value;
    }
}
