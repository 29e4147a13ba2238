using System.Net.WebSockets;
using SharpCharge.Ocpp.Buffers;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Rpc;

public sealed partial class OcppConnection
{
    /// <summary>Answers a CALL with its CALLRESULT; an invalid response becomes an InternalError CALLERROR instead.</summary>
    internal ValueTask SendCallResultAsync<TRequest, TResponse>(string messageId, OcppCallAction<TRequest, TResponse> action, TResponse response)
        where TRequest : class, IOcppRequest<TResponse>
        where TResponse : class, IOcppResponse
    {
        var frame = new PooledBufferWriter();
        OcppFrameWriter.WriteCallResult(frame, messageId, response, action.ResponseJson);
        if (_options.ValidateOutgoing && !IsValidOutgoing(frame.WrittenSpan, action, isResponse: true, out var error))
        {
            frame.Dispose();
            Log.InvalidOutgoing(_logger, Name, action.Name, error.Path, error.Message);
            return SendCallErrorAsync(messageId, OcppErrorCode.InternalError, $"The {action.Name} response could not be built.", null);
        }

        return SendAndReleaseAsync(frame);
    }

    /// <summary>Answers a CALL with a CALLERROR, the code spelled as this version spells it.</summary>
    internal ValueTask SendCallErrorAsync(string messageId, OcppErrorCode code, string description, IReadOnlyList<KeyValuePair<string, string>>? details)
        => SendErrorFrameAsync(OcppMessageType.CallError, messageId, code, description, details);

    private ValueTask SendErrorFrameAsync(OcppMessageType type, string messageId, OcppErrorCode code, string description, IReadOnlyList<KeyValuePair<string, string>>? details)
    {
        var frame = new PooledBufferWriter();
        var wireCode = _errors.WireName(code);
        _options.Metrics?.CallErrorSent(Version, wireCode);
        OcppFrameWriter.WriteCallError(frame, type, messageId, wireCode, description, details);
        return SendAndReleaseAsync(frame);
    }

    internal void OnHandlerFailed(OcppAction action, string messageId, Exception exception)
        => Log.HandlerFailed(_logger, exception, Name, action.Name, messageId);

    private async ValueTask SendAndReleaseAsync(PooledBufferWriter frame)
    {
        try
        {
            await SendFrameAsync(frame, _closed.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or OcppConnectionClosedException)
        {
            // Answering a peer that is gone: nothing to do.
        }
        finally
        {
            frame.Dispose();
        }
    }

    /// <summary>
    /// The only path to the transport: one message at a time, in the order the lock is taken. The caller's token
    /// can stop the wait for the lock, never the write itself: a WebSocket aborts the whole connection when a
    /// send is cancelled. A write is given up only when a closing connection's grace period runs out.
    /// </summary>
    private async ValueTask SendFrameAsync(PooledBufferWriter frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfClosed();
            _trace?.Sent(frame.WrittenSpan);
            await _transport.SendAsync(frame.WrittenMemory, _receiveAbort.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_receiveAbort.IsCancellationRequested)
        {
            throw new OcppConnectionClosedException("The connection closed while sending.");
        }
        catch (WebSocketException e)
        {
            // The transport is broken: nothing more can be sent or received on it.
            Log.SendFailed(_logger, e, Name);
            BeginClose(WebSocketCloseStatus.EndpointUnavailable, "The transport failed.");
            throw new OcppConnectionClosedException("The connection broke while sending.");
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
