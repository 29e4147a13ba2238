using System.Buffers;
using System.Net.WebSockets;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Csms.Connections.ProtocolLog;

/// <summary>
/// Wraps a charger's transport and hands a copy of every whole frame, in and out, to the
/// <see cref="ProtocolLogRecorder"/>. It never waits for the log: recording cannot slow the charger down.
/// Owns the inner transport: disposing this disposes it.
/// </summary>
internal sealed class RecordingOcppTransport(IOcppTransport inner, string chargerId, ProtocolLogRecorder recorder) : IOcppTransport
{
    public async ValueTask<OcppReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken)
    {
        var tee = new TeeBufferWriter(destination);
        var result = await inner.ReceiveAsync(tee, cancellationToken).ConfigureAwait(false);
        if (result.Status == OcppReceiveStatus.Message)
        {
            recorder.Record(chargerId, MessageDirection.Incoming, tee.Written);
        }

        return result;
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        recorder.Record(chargerId, MessageDirection.Outgoing, message.Span);
        return inner.SendAsync(message, cancellationToken);
    }

    public ValueTask CloseAsync(WebSocketCloseStatus status, string? description, CancellationToken cancellationToken) =>
        inner.CloseAsync(status, description, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
