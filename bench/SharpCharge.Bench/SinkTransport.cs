using System.Buffers;
using System.Net.WebSockets;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Bench;

/// <summary>A transport whose sends complete at once and only count bytes; it never receives anything.</summary>
internal sealed class SinkTransport : IOcppTransport
{
    private readonly TaskCompletionSource<OcppReceiveResult> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long BytesSent { get; private set; }

    public int MessagesSent { get; private set; }

    /// <summary>A copy of the last message sent; kept only so the set-up can check what a frame was answered with.</summary>
    public byte[]? LastMessage { get; private set; }

    /// <summary>Copy every message from now on into <see cref="LastMessage"/> (off while measuring).</summary>
    public bool Capture { get; set; } = true;

    public ValueTask<OcppReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken)
        => new(_closed.Task.WaitAsync(cancellationToken));

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        BytesSent += message.Length;
        MessagesSent++;
        if (Capture)
        {
            LastMessage = message.ToArray();
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask CloseAsync(WebSocketCloseStatus status, string? description, CancellationToken cancellationToken)
    {
        _closed.TrySetResult(new OcppReceiveResult(OcppReceiveStatus.Closed));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
}
