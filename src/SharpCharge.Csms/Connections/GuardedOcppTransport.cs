using System.Buffers;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Wraps a charger's transport with the per-connection limits of <see cref="PeerLimitsOptions"/>: a charger sending
/// faster than <see cref="PeerLimitsOptions.MessagesPerSecond"/> has its next frame read later (TCP back-pressure
/// reaches only that charger), and a frame that cannot be sent within <see cref="PeerLimitsOptions.SendTimeout"/> (a
/// charger that stopped reading) aborts the socket, which the connection sees as a broken transport and closes.
/// The usual path adds no allocation: a send that completes at once is returned as it is.
/// </summary>
internal sealed partial class GuardedOcppTransport(
    IOcppTransport inner, Action abort, string chargerId, PeerLimitsOptions limits, TimeProvider time, ILogger logger) : IOcppTransport
{
    private readonly MessageRateGate? _rate = limits.MessagesPerSecond > 0 ? new MessageRateGate(limits.MessagesPerSecond, limits.MessageBurst, time) : null;
    private bool _throttleLogged;

    // The token is taken when a read starts, for the frame about to be read, so a charger over its rate waits before
    // that read and the frame stays in the socket (TCP back-pressure). A read that need not wait is the inner one as it
    // is: an idle connection waits in the inner receive alone, not also in a wrapper's suspended state (which cost about
    // 230 bytes per charger when the token was taken after the frame had arrived).
    public ValueTask<OcppReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken)
        => _rate?.Take() is { } wait && wait > TimeSpan.Zero
            ? ReceiveLaterAsync(wait, destination, cancellationToken)
            : inner.ReceiveAsync(destination, cancellationToken);

    private async ValueTask<OcppReceiveResult> ReceiveLaterAsync(TimeSpan wait, IBufferWriter<byte> destination, CancellationToken cancellationToken)
    {
        if (!_throttleLogged)
        {
            // Once per connection: a flooding charger must not flood the log as well.
            _throttleLogged = true;
            Log.Throttled(logger, chargerId, limits.MessagesPerSecond);
        }

        // The next frame is not read meanwhile.
        await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        return await inner.ReceiveAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        var send = inner.SendAsync(message, cancellationToken);
        return send.IsCompleted || limits.SendTimeout == TimeSpan.Zero ? send : WaitForSendAsync(send.AsTask());
    }

    public ValueTask CloseAsync(WebSocketCloseStatus status, string? description, CancellationToken cancellationToken)
        => inner.CloseAsync(status, description, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private async ValueTask WaitForSendAsync(Task send)
    {
        try
        {
            await send.WaitAsync(limits.SendTimeout, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Log.SlowReader(logger, chargerId, limits.SendTimeout.TotalSeconds);
            // The aborted send fails now; nobody else awaits it, so its exception is observed here.
            _ = send.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            abort();
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, $"The charger read nothing for {limits.SendTimeout.TotalSeconds:0.#} s.");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(PeerLimitEventIds.Throttled, LogLevel.Warning, "Charger {ChargerId} sends more than {Rate} messages a second; its frames are read more slowly", EventName = "ChargerThrottled")]
        public static partial void Throttled(ILogger logger, string chargerId, double rate);

        [LoggerMessage(PeerLimitEventIds.SlowReader, LogLevel.Warning, "Charger {ChargerId} read nothing for {Seconds} s; the connection is dropped", EventName = "ChargerSlowReader")]
        public static partial void SlowReader(ILogger logger, string chargerId, double seconds);
    }
}
