using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>
/// Passes frames through to the real transport and writes each one, as sent or received, into the case's transcript.
/// Copying each received frame costs an allocation, which a conformance run can afford for a readable transcript.
/// </summary>
internal sealed class TranscriptTransport(IOcppTransport inner, Transcript transcript, Action<string>? sent = null) : IOcppTransport
{
    public async ValueTask<OcppReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken)
    {
        var recorder = new ArrayBufferWriter<byte>();
        var result = await inner.ReceiveAsync(recorder, cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case OcppReceiveStatus.Message:
                transcript.Received(Encoding.UTF8.GetString(recorder.WrittenSpan));
                destination.Write(recorder.WrittenSpan);
                break;
            case OcppReceiveStatus.Closed:
                transcript.Note($"the central system closed the connection ({result.CloseStatus?.ToString() ?? "no status"} {result.CloseDescription})");
                break;
            default:
                transcript.Note($"unusable frame from the central system: {result.Status}");
                break;
        }

        return result;
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        var frame = Encoding.UTF8.GetString(message.Span);
        transcript.Sent(frame);
        var sending = inner.SendAsync(message, cancellationToken);
        sent?.Invoke(frame);
        return sending;
    }

    public ValueTask CloseAsync(WebSocketCloseStatus status, string? description, CancellationToken cancellationToken)
        => inner.CloseAsync(status, description, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
