using System.Runtime.CompilerServices;
using System.Text.Json;
using SharpCharge.Ocpp.Buffers;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Rpc;

public sealed partial class OcppConnection
{
    /// <summary>The longest timeout a CALL may be given: one hour, as <see cref="OcppConnectionOptions.CallTimeout"/> allows.</summary>
    public static TimeSpan MaxCallTimeout { get; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Sends a CALL and waits for its answer, with the connection's default timeout.
    /// </summary>
    /// <returns>The typed CALLRESULT payload.</returns>
    /// <exception cref="OcppCallException">The peer answered with a CALLERROR.</exception>
    /// <exception cref="OcppCallTimeoutException">No answer within the timeout.</exception>
    /// <exception cref="OcppInvalidResponseException">The answer broke the response schema.</exception>
    /// <exception cref="OcppConnectionClosedException">The connection closed first.</exception>
    /// <exception cref="OcppCallQueueFullException">Too many CALLs are waiting already.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ValueTask<TResponse> CallAsync<TResponse>(IOcppRequest<TResponse> request, CancellationToken cancellationToken = default)
        where TResponse : class, IOcppResponse
        => CallAsync(request, _options.CallTimeout, cancellationToken);

    /// <summary>Sends a CALL and waits at most <paramref name="timeout"/> for its answer (after its turn in the queue).</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<TResponse> CallAsync<TResponse>(IOcppRequest<TResponse> request, TimeSpan timeout, CancellationToken cancellationToken = default)
        where TResponse : class, IOcppResponse
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timeout, MaxCallTimeout);
        var action = request.Action;
        if (action.Version != Version)
        {
            throw new ArgumentException($"{action} cannot be sent on an OCPP {Version} connection.", nameof(request));
        }

        ThrowIfClosed();
        using var frame = new PooledBufferWriter();
        if (Interlocked.Increment(ref _queuedCalls) > _options.MaxQueuedCalls)
        {
            Interlocked.Decrement(ref _queuedCalls);
            throw new OcppCallQueueFullException(_options.MaxQueuedCalls);
        }

        try
        {
            // The queue: SemaphoreSlim releases async waiters in arrival order, so CALLs go out as they were made.
            await _callSlot.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Decrement(ref _queuedCalls);
            throw;
        }

        try
        {
            ThrowIfClosed();
            var messageId = _ids.Next();
            WriteOutgoing(frame, messageId, action, request);
            var reply = _pending.Arm(messageId, action, timeout);
            var sentAt = System.Diagnostics.Stopwatch.GetTimestamp();
            using (cancellationToken.UnsafeRegister(static (state, token) => ((PendingCall)state!).TryComplete(null, PendingReply.Cancelled), _pending))
            {
                try
                {
                    await SendFrameAsync(frame, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    _pending.TryComplete(messageId, PendingReply.Cancelled);
                    await reply.ConfigureAwait(false);
                    throw;
                }

                // Both lines are written in the caller's context, so they carry its log scopes (a REST request, a command id)
                // and tie them to the message id that the charger and the protocol trace know the CALL by.
                Log.CallSent(_logger, Name, action.Name, messageId);
                var outcome = await reply.ConfigureAwait(false);
                _options.Metrics?.CallFinished(action, sentAt, Outcome(outcome));
                Log.CallAnswered(_logger, Name, action.Name, messageId, Outcome(outcome));
                return outcome.Outcome switch
                {
                    PendingOutcome.Result => (TResponse)outcome.Response!,
                    PendingOutcome.Failed => throw outcome.Error!,
                    PendingOutcome.TimedOut => throw TimedOut(action, messageId, timeout),
                    PendingOutcome.Cancelled => throw new OperationCanceledException(cancellationToken),
                    _ => throw new OcppConnectionClosedException($"The connection closed before {action.Name} was answered."),
                };
            }
        }
        finally
        {
            _callSlot.Release();
            Interlocked.Decrement(ref _queuedCalls);
        }
    }

    private static string Outcome(PendingReply reply) => reply.Outcome switch
    {
        PendingOutcome.Result => "callresult",
        PendingOutcome.Failed => reply.Error is OcppCallException ? "callerror" : "invalid",
        PendingOutcome.TimedOut => "timeout",
        PendingOutcome.Cancelled => "cancelled",
        _ => "closed",
    };

    /// <summary>
    /// Sends a 2.1 SEND message (MessageTypeId 6). It is not queued behind an outstanding CALL and never answered
    /// (2.1 Part 4 §4.1.1, §4.2.5).
    /// </summary>
    public async ValueTask SendAsync(IOcppSendMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var action = message.Action;
        if (action.Version != Version || !action.IsSendOnly)
        {
            throw new ArgumentException($"{action} cannot be sent as SEND on an OCPP {Version} connection.", nameof(message));
        }

        ThrowIfClosed();
        using var frame = new PooledBufferWriter();
        WriteOutgoing(frame, _ids.Next(), action, message);
        await SendFrameAsync(frame, cancellationToken).ConfigureAwait(false);
    }

    private void WriteOutgoing(PooledBufferWriter frame, string messageId, OcppAction action, object payload)
    {
        OcppFrameWriter.WriteCall(frame, messageId, action, payload);
        if (_options.ValidateOutgoing && !IsValidOutgoing(frame.WrittenSpan, action, isResponse: false, out var error))
        {
            Log.InvalidOutgoing(_logger, Name, action.Name, error.Path, error.Message);
            throw new OcppValidationException(action.Name, error);
        }
    }

    /// <summary>Checks the payload of a frame we wrote ourselves: the last element of <c>[type, id, (action,) payload]</c>.</summary>
    private static bool IsValidOutgoing(ReadOnlySpan<byte> frame, OcppAction action, bool isResponse, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out OcppValidationError? error)
    {
        var reader = new Utf8JsonReader(frame);
        reader.Read(); // [
        reader.Read(); // type
        reader.Read(); // id
        if (!isResponse)
        {
            reader.Read(); // action
        }

        reader.Read(); // payload
        return isResponse ? action.ValidateResponse(ref reader, out error) : action.ValidateRequest(ref reader, out error);
    }

    private void ThrowIfClosed()
    {
        if (!IsOpen)
        {
            throw new OcppConnectionClosedException("The connection is closed.");
        }
    }

    private OcppCallTimeoutException TimedOut(OcppAction action, string messageId, TimeSpan timeout)
    {
        Log.CallTimedOut(_logger, Name, action.Name, messageId, timeout.TotalSeconds);
        return new OcppCallTimeoutException(action.Name, messageId, timeout);
    }
}
