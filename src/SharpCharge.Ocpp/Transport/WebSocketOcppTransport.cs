using System.Buffers;
using System.Net.WebSockets;

namespace SharpCharge.Ocpp.Transport;

/// <summary>
/// OCPP-J over a <see cref="WebSocket"/>, client or server side. The transport takes ownership of the socket
/// and disposes it.
/// </summary>
/// <remarks>
/// An idle charger socket holds no buffer: each receive starts with a zero-byte read that completes only when
/// data arrives, and only then asks the destination for memory (the same trick as YARP's StreamCopier).
/// </remarks>
public sealed class WebSocketOcppTransport : IOcppTransport
{
    // The first chunk asked of the destination; most OCPP frames (Heartbeat, StatusNotification,
    // TransactionEvent) fit in it, larger ones grow the destination as they arrive.
    private const int FirstChunkSize = 4096;

    private readonly WebSocket _socket;
    private readonly int _maxMessageSize;
    private int _closed;

    /// <summary>Wraps a connected socket.</summary>
    /// <param name="socket">An open WebSocket whose subprotocol has been negotiated.</param>
    /// <param name="maxMessageSize">The largest message accepted; a larger one is reported as too big.</param>
    public WebSocketOcppTransport(WebSocket socket, int maxMessageSize = 64 * 1024)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageSize);
        _socket = socket;
        _maxMessageSize = maxMessageSize;
    }

    /// <summary>The subprotocol the handshake agreed on, e.g. <c>ocpp2.0.1</c>.</summary>
    public string? SubProtocol => _socket.SubProtocol;

    /// <inheritdoc />
    public async ValueTask<OcppReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken)
    {
        try
        {
            // Wait without a buffer until the peer sends something.
            var probe = await _socket.ReceiveAsync(Memory<byte>.Empty, cancellationToken).ConfigureAwait(false);
            if (probe.MessageType == WebSocketMessageType.Close)
            {
                return Closed();
            }

            var total = 0;
            while (true)
            {
                var memory = destination.GetMemory(Math.Min(FirstChunkSize, _maxMessageSize - total + 1));
                var result = await _socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return Closed();
                }

                total += result.Count;
                if (total > _maxMessageSize)
                {
                    // Not advanced, so the writer would not clear it: wipe what arrived, it may hold credentials.
                    memory.Span[..result.Count].Clear();
                    return new OcppReceiveResult(OcppReceiveStatus.MessageTooBig, total);
                }

                destination.Advance(result.Count);
                if (result.EndOfMessage)
                {
                    return result.MessageType == WebSocketMessageType.Binary
                        ? new OcppReceiveResult(OcppReceiveStatus.Binary, total)
                        : OcppReceiveResult.Message(total);
                }
            }
        }
        catch (WebSocketException)
        {
            // The peer vanished without a close handshake (network drop, process killed): a plain close for us.
            return new OcppReceiveResult(OcppReceiveStatus.Closed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The socket was aborted under us (a keep-alive timeout, or a cancelled send): also just closed.
            return new OcppReceiveResult(OcppReceiveStatus.Closed);
        }
    }

    /// <inheritdoc />
    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
        => _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>
    /// Sends the close frame (or answers the peer's). The socket stays readable so the peer's close frame can still
    /// arrive; <see cref="DisposeAsync"/> releases it.
    /// </summary>
    public async ValueTask CloseAsync(WebSocketCloseStatus status, string? description, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            // Close the output only: waiting here for the peer's echo could hang on a dead peer; the receive
            // loop sees the echo (or gives up) instead.
            await _socket.CloseOutputAsync(status, description, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Releases the socket, whatever state its close handshake is in.</summary>
    public ValueTask DisposeAsync()
    {
        Interlocked.Exchange(ref _closed, 1);
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private OcppReceiveResult Closed() => new(OcppReceiveStatus.Closed, 0, _socket.CloseStatus, _socket.CloseStatusDescription);
}
