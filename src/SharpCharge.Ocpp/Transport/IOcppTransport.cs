using System.Buffers;
using System.Net.WebSockets;

namespace SharpCharge.Ocpp.Transport;

/// <summary>
/// A duplex transport of whole text messages: a WebSocket in production (<see cref="WebSocketOcppTransport"/>),
/// an in-memory pipe in tests and benchmarks (<see cref="InMemoryOcppTransport"/>). One reader and one writer
/// at a time: <see cref="Rpc.OcppConnection"/> guarantees that.
/// </summary>
public interface IOcppTransport : IAsyncDisposable
{
    /// <summary>
    /// Waits for the next whole message and appends it to <paramref name="destination"/>. A message larger than
    /// the transport's limit is reported as <see cref="OcppReceiveStatus.MessageTooBig"/> and not delivered.
    /// </summary>
    ValueTask<OcppReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken);

    /// <summary>Sends one whole message. The caller may reuse <paramref name="message"/> once this completes.</summary>
    ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken);

    /// <summary>
    /// Sends the close (status and a reason the peer can read) without waiting for the peer's answer; the peer's
    /// close still arrives through <see cref="ReceiveAsync"/>. Closing twice is harmless; disposing releases everything.
    /// </summary>
    ValueTask CloseAsync(WebSocketCloseStatus status, string? description, CancellationToken cancellationToken);
}
