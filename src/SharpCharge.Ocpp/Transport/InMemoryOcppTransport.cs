using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace SharpCharge.Ocpp.Transport;

/// <summary>
/// One end of an in-memory message pipe, for tests and benchmarks: what one end sends, the other receives,
/// in order, with no socket and no port. Messages are copied into pooled arrays on send, so the sender may
/// reuse its buffer at once, as with a real socket.
/// </summary>
public sealed class InMemoryOcppTransport : IOcppTransport
{
    private readonly Channel<Envelope> _inbox;
    private readonly Channel<Envelope> _outbox;
    private readonly int _maxMessageSize;
    private readonly StrongBox<int> _inboxCount;
    private readonly StrongBox<int> _outboxCount;
    private int _closed;

    private InMemoryOcppTransport(Channel<Envelope> inbox, Channel<Envelope> outbox, StrongBox<int> inboxCount, StrongBox<int> outboxCount, int maxMessageSize)
    {
        _inbox = inbox;
        _outbox = outbox;
        _inboxCount = inboxCount;
        _outboxCount = outboxCount;
        _maxMessageSize = maxMessageSize;
    }

    /// <summary>Creates two connected ends.</summary>
    /// <param name="maxMessageSize">The largest message either end accepts; larger ones are reported as too big.</param>
    public static (InMemoryOcppTransport First, InMemoryOcppTransport Second) CreatePair(int maxMessageSize = 64 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageSize);
        var options = new UnboundedChannelOptions { SingleReader = true, SingleWriter = false };
        var a = Channel.CreateUnbounded<Envelope>(options);
        var b = Channel.CreateUnbounded<Envelope>(options);
        StrongBox<int> aCount = new(), bCount = new();
        return (new InMemoryOcppTransport(a, b, aCount, bCount, maxMessageSize), new InMemoryOcppTransport(b, a, bCount, aCount, maxMessageSize));
    }

    /// <summary>How many messages have arrived at this end and wait to be received.</summary>
    public int PendingCount => Volatile.Read(ref _inboxCount.Value);

    /// <summary>Sends raw bytes as they are: for tests that need malformed frames.</summary>
    public ValueTask SendRawAsync(string text, CancellationToken cancellationToken = default)
        => SendAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken);

    /// <inheritdoc />
    public async ValueTask<OcppReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken)
    {
        Envelope envelope;
        try
        {
            envelope = await _inbox.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            return new OcppReceiveResult(OcppReceiveStatus.Closed);
        }

        Interlocked.Decrement(ref _inboxCount.Value);
        if (envelope.Buffer is null)
        {
            return new OcppReceiveResult(OcppReceiveStatus.Closed, 0, envelope.CloseStatus, envelope.CloseDescription);
        }

        try
        {
            if (envelope.Length > _maxMessageSize)
            {
                return new OcppReceiveResult(OcppReceiveStatus.MessageTooBig, envelope.Length);
            }

            destination.Write(envelope.Buffer.AsSpan(0, envelope.Length));
            return OcppReceiveResult.Message(envelope.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(envelope.Buffer, clearArray: true);
        }
    }

    /// <inheritdoc />
    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Volatile.Read(ref _closed) != 0)
        {
            throw new WebSocketException(WebSocketError.InvalidState, "The transport is closed.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, message.Length));
        message.Span.CopyTo(buffer);
        Interlocked.Increment(ref _outboxCount.Value);
        if (!_outbox.Writer.TryWrite(new Envelope(buffer, message.Length, null, null)))
        {
            Interlocked.Decrement(ref _outboxCount.Value);
            ArrayPool<byte>.Shared.Return(buffer);
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The peer has closed the transport.");
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CloseAsync(WebSocketCloseStatus status, string? description, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            // Tell the peer why, then end both directions: nothing more is sent or received on this pair.
            Interlocked.Increment(ref _outboxCount.Value);
            _outbox.Writer.TryWrite(new Envelope(null, 0, status, description));
            _outbox.Writer.TryComplete();
            _inbox.Writer.TryComplete();
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);

    private readonly record struct Envelope(byte[]? Buffer, int Length, WebSocketCloseStatus? CloseStatus, string? CloseDescription);
}
