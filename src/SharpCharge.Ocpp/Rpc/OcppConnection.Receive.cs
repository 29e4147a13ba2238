using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Transport;
using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Rpc;

public sealed partial class OcppConnection
{
    private async Task<OcppCloseInfo> ReceiveLoopAsync()
    {
        while (true)
        {
            if (_incomingTail is { IsCompleted: true })
            {
                // Finished work is not kept while the connection waits, possibly for minutes, for its next frame.
                _incomingTail = null;
            }

            OcppReceiveResult result;
            try
            {
                result = await _transport.ReceiveAsync(_receiveBuffer, _receiveAbort.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_receiveAbort.IsCancellationRequested)
            {
                // We closed and the peer never answered with its close frame.
                return _localClose ?? new OcppCloseInfo(OcppCloseInitiator.Local, WebSocketCloseStatus.NormalClosure, null);
            }

            if (result.Status == OcppReceiveStatus.Closed)
            {
                return _localClose ?? new OcppCloseInfo(OcppCloseInitiator.Remote, result.CloseStatus, result.CloseDescription);
            }

            if (!IsOpen)
            {
                // Closing: whatever still arrives before the peer's close frame is dropped unread.
                _receiveBuffer.Release();
                continue;
            }

            switch (result.Status)
            {
                case OcppReceiveStatus.Message:
                    _trace?.Received(_receiveBuffer.WrittenSpan);
                    var work = ProcessFrame(_receiveBuffer.WrittenSpan);
                    // The frame has been read into objects; an idle connection holds no receive buffer.
                    _receiveBuffer.Release();
                    await work.ConfigureAwait(false);
                    break;
                case OcppReceiveStatus.MessageTooBig:
                    _receiveBuffer.Release();
                    Log.MessageTooBig(_logger, Name, result.Length);
                    BeginClose(WebSocketCloseStatus.MessageTooBig, "Message too big.");
                    break;
                default:
                    _receiveBuffer.Release();
                    BeginClose(WebSocketCloseStatus.InvalidMessageType, "OCPP-J uses text frames only.");
                    break;
            }
        }
    }

    /// <summary>Feeds one frame as if it had been received; for benchmarks that measure the processing alone.</summary>
    internal ValueTask ProcessFrameForBenchmark(ReadOnlySpan<byte> data) => ProcessFrame(data);

    /// <summary>Feeds one frame the way the receive loop does, protocol trace included; for the trace-cost benchmarks.</summary>
    internal ValueTask ReceiveFrameForBenchmark(ReadOnlySpan<byte> data)
    {
        _trace?.Received(data);
        return ProcessFrame(data);
    }

    /// <summary>
    /// Handles one frame. Everything that reads <paramref name="data"/> happens before this returns; what is left
    /// in the returned task (sending an answer, awaiting a previous handler) no longer needs it.
    /// </summary>
    private ValueTask ProcessFrame(ReadOnlySpan<byte> data)
    {
        if (!OcppFrameReader.TryRead(data, out var frame, out var defect))
        {
            return OnBadFrame(data, frame, defect);
        }

        switch (frame.MessageType)
        {
            case OcppMessageType.Call:
                return OnCall(data, frame);
            case OcppMessageType.CallResult:
                return OnCallResult(data, frame);
            case OcppMessageType.CallError:
                OnCallError(data, frame);
                return default;
            case OcppMessageType.CallResultError when Version == OcppVersion.V21:
                Log.PeerCallResultError(_logger, Name, frame.GetMessageId(data), frame.ErrorCode, frame.ErrorDescription);
                return default;
            case OcppMessageType.Send when Version == OcppVersion.V21:
                return OnSend(data, frame);
            default:
                // CALLRESULTERROR and SEND exist only in 2.1; to 1.6 and 2.0.1 they are unknown message types.
                return OnBadFrame(data, frame, OcppFrameDefect.UnknownMessageType);
        }
    }

    private ValueTask OnBadFrame(ReadOnlySpan<byte> data, in OcppFrame frame, OcppFrameDefect defect)
    {
        var messageId = frame.GetMessageId(data);
        if (frame.MessageType is OcppMessageType.CallResult or OcppMessageType.CallError
            || (Version == OcppVersion.V21 && frame.MessageType is OcppMessageType.CallResultError or OcppMessageType.Send))
        {
            // A broken answer is never answered with an error (OCPP-J 1.6 §4.2.3), nor is a 2.1 SEND (Part 4 §4.2.5):
            // log it; a broken answer's CALL times out.
            Log.BadFrameIgnored(_logger, Name, defect, messageId);
            return default;
        }

        var code = _errors.ForFrame(defect);
        if (code is null)
        {
            Log.BadFrameIgnored(_logger, Name, defect, messageId);
            return default;
        }

        Log.BadFrame(_logger, Name, defect, messageId);
        return SendCallErrorAsync(messageId, code.Value, DescribeDefect(defect, (int)frame.MessageType), null);
    }

    private ValueTask OnCall(ReadOnlySpan<byte> data, in OcppFrame frame)
    {
        var messageId = frame.GetMessageId(data);
        var actionName = data[frame.ActionRange];
        if (!_router.Catalogue.TryGet(actionName, out var action))
        {
            return SendCallErrorAsync(messageId, OcppErrorCode.NotImplemented, $"{Describe(actionName)} is not an OCPP {Describe(Version)} action.", null);
        }

        if (action.IsSendOnly)
        {
            return SendCallErrorAsync(messageId, OcppErrorCode.ProtocolError, $"{action.Name} must be sent as SEND (MessageTypeId 6), not as CALL.", null);
        }

        if (!_router.TryGetBinding(action, out var binding))
        {
            return SendCallErrorAsync(messageId, OcppErrorCode.NotSupported, $"{action.Name} is not supported here.", null);
        }

        if (IsIncoming(messageId))
        {
            Log.DuplicateCall(_logger, Name, messageId);
            return SendCallErrorAsync(messageId, _errors.ForFrame(OcppFrameDefect.DuplicateMessageId)!.Value, $"A CALL with id {messageId} is still being processed.", null);
        }

        if (!TryReadPayload(data[frame.PayloadRange], _options.Compatibility, action, binding, isResponse: false, out var request, out var error))
        {
            Log.InvalidPayload(_logger, Name, action.Name, messageId, error.Path, error.Message);
            return SendCallErrorAsync(messageId, _errors.ForValidation(error.Kind), error.Message, PathDetails(error));
        }

        return Dispatch(binding, request, messageId);
    }

    private ValueTask OnSend(ReadOnlySpan<byte> data, in OcppFrame frame)
    {
        // A SEND is never answered (2.1 Part 4 §4.2.5): problems are only logged.
        var messageId = frame.GetMessageId(data);
        var actionName = data[frame.ActionRange];
        if (!_router.Catalogue.TryGet(actionName, out var action) || !action.IsSendOnly || !_router.TryGetBinding(action, out var binding))
        {
            Log.BadFrameIgnored(_logger, Name, OcppFrameDefect.UnknownMessageType, messageId);
            return default;
        }

        if (!TryReadPayload(data[frame.PayloadRange], _options.Compatibility, action, binding, isResponse: false, out var message, out var error))
        {
            Log.InvalidPayload(_logger, Name, action.Name, messageId, error.Path, error.Message);
            return default;
        }

        return Dispatch(binding, message, messageId);
    }

    /// <summary>
    /// Runs a handler. When it completes at once (the usual case) the loop awaits only the send of the answer.
    /// When it has to wait (a database write), the loop goes on reading, so answers to our own CALLs and further
    /// frames still arrive; incoming work that follows is chained behind it, so CALLs are answered in the order
    /// they came. Past <see cref="MaxPendingIncoming"/> unfinished links the loop waits: a peer that ignores the
    /// one-outstanding-CALL rule gets back-pressure, not an unbounded queue.
    /// </summary>
    private ValueTask Dispatch(OcppHandlerBinding binding, object request, string messageId)
    {
        if (_incomingTail is { IsCompleted: false } tail)
        {
            if (Volatile.Read(ref _incomingPending) >= MaxPendingIncoming)
            {
                return DispatchAfterAsync(tail, binding, request, messageId);
            }

            Track(messageId);
            _incomingTail = RunAfterAsync(tail, binding, request, messageId);
            return default;
        }

        var work = binding.InvokeAsync(this, request, messageId);
        if (work.IsCompleted)
        {
            _incomingTail = null;
            return work;
        }

        Track(messageId);
        _incomingTail = FinishLinkAsync(work, messageId);
        return default;
    }

    /// <summary>How many incoming CALLs or SENDs may wait behind a handler before the receive loop stops reading.</summary>
    private const int MaxPendingIncoming = 16;

    private async ValueTask DispatchAfterAsync(Task tail, OcppHandlerBinding binding, object request, string messageId)
    {
        await tail.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Dispatch(binding, request, messageId).ConfigureAwait(false);
    }

    private async Task RunAfterAsync(Task tail, OcppHandlerBinding binding, object request, string messageId)
    {
        try
        {
            await tail.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await binding.InvokeAsync(this, request, messageId).ConfigureAwait(false);
        }
        finally
        {
            Untrack(messageId);
        }
    }

    private async Task FinishLinkAsync(ValueTask work, string messageId)
    {
        try
        {
            await work.ConfigureAwait(false);
        }
        finally
        {
            Untrack(messageId);
        }
    }

    private void Track(string messageId)
    {
        // Only the receive loop creates the list, so the unsynchronised ??= cannot race.
        var ids = _incomingIds ??= new List<string>(4);
        lock (ids)
        {
            ids.Add(messageId);
        }

        Interlocked.Increment(ref _incomingPending);
    }

    private void Untrack(string messageId)
    {
        var ids = _incomingIds!;
        lock (ids)
        {
            ids.Remove(messageId);
        }

        Interlocked.Decrement(ref _incomingPending);
    }

    private bool IsIncoming(string messageId)
    {
        if (_incomingIds is not { } ids)
        {
            return false;
        }

        lock (ids)
        {
            return ids.Contains(messageId);
        }
    }

    private ValueTask OnCallResult(ReadOnlySpan<byte> data, in OcppFrame frame)
    {
        if (!_pending.TryGetAwaited(out var awaitedId, out var action) || !frame.MessageIdEquals(data, awaitedId))
        {
            // Late (after its timeout) or never asked for: drop it, never let it complete a newer CALL.
            Log.UnknownResponse(_logger, Name, frame.GetMessageId(data));
            return default;
        }

        if (!TryReadPayload(data[frame.PayloadRange], _options.Compatibility, action, null, isResponse: true, out var response, out var error))
        {
            Log.InvalidPayload(_logger, Name, action.Name, awaitedId, error.Path, error.Message);
            _pending.TryComplete(awaitedId, new PendingReply(PendingOutcome.Failed, Error: new OcppInvalidResponseException(action.Name, error)));
            // 2.1 Part 4 §4.2.4: the receiver of a CALLRESULT it cannot process answers with CALLRESULTERROR.
            return Version == OcppVersion.V21
                ? SendErrorFrameAsync(OcppMessageType.CallResultError, awaitedId, _errors.ForValidation(error.Kind), error.Message, PathDetails(error))
                : default;
        }

        _pending.TryComplete(awaitedId, new PendingReply(PendingOutcome.Result, (IOcppResponse)response));
        return default;
    }

    private void OnCallError(ReadOnlySpan<byte> data, in OcppFrame frame)
    {
        if (!_pending.TryGetAwaited(out var awaitedId, out var action) || !frame.MessageIdEquals(data, awaitedId))
        {
            Log.UnknownResponse(_logger, Name, frame.GetMessageId(data));
            return;
        }

        var wireCode = frame.ErrorCode ?? "";
        _options.Metrics?.CallErrorReceived(Version, wireCode);
        var exception = new OcppCallException(
            OcppErrorCatalogue.Parse(wireCode), wireCode, frame.ErrorDescription ?? "", ReadDetails(data[frame.ErrorDetailsRange]), action.Name);
        _pending.TryComplete(awaitedId, new PendingReply(PendingOutcome.Failed, Error: exception));
    }

    /// <summary>Validates a payload against its schema, then reads it into its message type.</summary>
    private static bool TryReadPayload(
        ReadOnlySpan<byte> payload,
        Compatibility.OcppCompatibility? compatibility,
        OcppAction action,
        OcppHandlerBinding? binding,
        bool isResponse,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? message,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out OcppValidationError? error)
    {
        message = null;
        var reader = new Utf8JsonReader(payload);
        try
        {
            reader.Read();
            if (isResponse ? !action.ValidateResponse(ref reader, out error) : !action.ValidateRequest(ref reader, out error))
            {
                // A charger configured for known deviations gets them repaired (off the normal path: only after a failure).
                if (compatibility is null || compatibility.RepairsNothing
                    || !Compatibility.PayloadRepair.TryRepair(payload, compatibility, error, Validator(action, isResponse), out var repaired, out var remaining))
                {
                    return false;
                }

                error = remaining;
                message = isResponse ? action.ReadResponse(repaired) : binding!.Deserialize(repaired);
                return true;
            }

            message = isResponse ? action.ReadResponse(payload) : binding!.Deserialize(payload);
            return true;
        }
        catch (JsonException e)
        {
            // The schema passed but the serializer disagreed (a value the converters cannot represent).
            error = new OcppValidationError(OcppValidationErrorKind.InvalidFormat, e.Path ?? "", $"The payload could not be read: {e.Message}");
            return false;
        }
    }

    private static Compatibility.PayloadRepair.Validator Validator(OcppAction action, bool isResponse) => isResponse
        ? (ref Utf8JsonReader reader, out OcppValidationError? error) => action.ValidateResponse(ref reader, out error)
        : (ref Utf8JsonReader reader, out OcppValidationError? error) => action.ValidateRequest(ref reader, out error);

    private static IReadOnlyList<KeyValuePair<string, string>>? PathDetails(OcppValidationError error)
        => string.IsNullOrEmpty(error.Path) ? null : [new("path", error.Path)];

    private static List<KeyValuePair<string, string>> ReadDetails(ReadOnlySpan<byte> details)
    {
        var result = new List<KeyValuePair<string, string>>();
        if (details.IsEmpty)
        {
            return result;
        }

        var reader = new Utf8JsonReader(details);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return result;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                result.Add(new(key, reader.GetString()!));
            }
            else
            {
                reader.Skip();
            }
        }

        return result;
    }

    private static string DescribeDefect(OcppFrameDefect defect, int messageType) => defect switch
    {
        OcppFrameDefect.InvalidJson => "The message is not valid JSON (or not valid UTF-8).",
        OcppFrameDefect.NotAnArray => "The message is not a JSON array [MessageTypeId, MessageId, ...].",
        OcppFrameDefect.WrongElementCount => $"The message has the wrong number of elements for MessageTypeId {messageType}.",
        OcppFrameDefect.WrongElementType => "An element of the message has the wrong JSON type (MessageTypeId a number; MessageId and Action strings).",
        OcppFrameDefect.UnknownMessageType => $"MessageTypeId {messageType} is not supported.",
        OcppFrameDefect.MessageIdTooLong => $"The MessageId is longer than {OcppFrameReader.MaxMessageIdLength} characters.",
        OcppFrameDefect.MessageIdEmpty => "The MessageId is empty.",
        _ => defect.ToString(),
    };

    private static string Describe(ReadOnlySpan<byte> actionName)
    {
        var text = Encoding.UTF8.GetString(actionName.Length > 64 ? actionName[..64] : actionName);
        return $"'{text}'";
    }

    private static string Describe(OcppVersion version) => version switch
    {
        OcppVersion.V16 => "1.6",
        OcppVersion.V201 => "2.0.1",
        OcppVersion.V21 => "2.1",
        _ => version.ToString(),
    };
}
