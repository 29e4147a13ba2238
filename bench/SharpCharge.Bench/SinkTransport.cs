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

    public ValueTask<OcppReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken)
        => new(_closed.Task.WaitAsync(cancellationToken));

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        BytesSent += message.Length;
        MessagesSent++;
        return ValueTask.CompletedTask;
    }

    public ValueTask CloseAsync(WebSocketCloseStatus status, string? description, CancellationToken cancellationToken)
    {
        _closed.TrySetResult(new OcppReceiveResult(OcppReceiveStatus.Closed));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
}
