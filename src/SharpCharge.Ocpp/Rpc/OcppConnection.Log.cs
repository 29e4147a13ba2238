using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using SharpCharge.Ocpp.Errors;

namespace SharpCharge.Ocpp.Rpc;

public sealed partial class OcppConnection
{
    private static partial class Log
    {
        [LoggerMessage(OcppEventIds.ConnectionClosed, LogLevel.Debug, "Connection {Name} closed by the {Initiator} side: {CloseStatus} {CloseDescription}", EventName = "ConnectionClosed")]
        public static partial void ConnectionClosed(ILogger logger, string name, OcppCloseInitiator initiator, WebSocketCloseStatus? closeStatus, string? closeDescription);

        [LoggerMessage(OcppEventIds.BadFrame, LogLevel.Warning, "Connection {Name} received a bad frame ({Defect}, message {MessageId}); answered with a CALLERROR", EventName = "BadFrame")]
        public static partial void BadFrame(ILogger logger, string name, OcppFrameDefect defect, string messageId);

        [LoggerMessage(OcppEventIds.BadFrameIgnored, LogLevel.Warning, "Connection {Name} ignored a bad frame ({Defect}, message {MessageId})", EventName = "BadFrameIgnored")]
        public static partial void BadFrameIgnored(ILogger logger, string name, OcppFrameDefect defect, string messageId);

        [LoggerMessage(OcppEventIds.UnknownResponse, LogLevel.Information, "Connection {Name} dropped an answer to message {MessageId}, which is not awaited (late or unknown)", EventName = "UnknownResponse")]
        public static partial void UnknownResponse(ILogger logger, string name, string messageId);

        [LoggerMessage(OcppEventIds.InvalidPayload, LogLevel.Warning, "Connection {Name}: {Action} message {MessageId} is invalid at '{Path}': {Reason}", EventName = "InvalidPayload")]
        public static partial void InvalidPayload(ILogger logger, string name, string action, string messageId, string path, string reason);

        [LoggerMessage(OcppEventIds.HandlerFailed, LogLevel.Error, "Connection {Name}: the {Action} handler failed for message {MessageId}", EventName = "HandlerFailed")]
        public static partial void HandlerFailed(ILogger logger, Exception exception, string name, string action, string messageId);

        [LoggerMessage(OcppEventIds.CallTimedOut, LogLevel.Warning, "Connection {Name}: {Action} message {MessageId} got no answer within {TimeoutSeconds} s", EventName = "CallTimedOut")]
        public static partial void CallTimedOut(ILogger logger, string name, string action, string messageId, double timeoutSeconds);

        [LoggerMessage(OcppEventIds.MessageTooBig, LogLevel.Warning, "Connection {Name} received a message over the size limit (at least {Length} bytes; the rest was not read); closing with 1009", EventName = "MessageTooBig")]
        public static partial void MessageTooBig(ILogger logger, string name, int length);

        [LoggerMessage(OcppEventIds.InvalidOutgoing, LogLevel.Error, "Connection {Name}: refused to send an invalid {Action} payload, '{Path}': {Reason}", EventName = "InvalidOutgoing")]
        public static partial void InvalidOutgoing(ILogger logger, string name, string action, string path, string reason);

        [LoggerMessage(OcppEventIds.PeerCallResultError, LogLevel.Warning, "Connection {Name}: the peer could not process our CALLRESULT {MessageId}: {ErrorCode} {ErrorDescription}", EventName = "PeerCallResultError")]
        public static partial void PeerCallResultError(ILogger logger, string name, string messageId, string? errorCode, string? errorDescription);

        [LoggerMessage(OcppEventIds.SendFailed, LogLevel.Information, "Connection {Name}: the transport failed while sending", EventName = "SendFailed")]
        public static partial void SendFailed(ILogger logger, Exception exception, string name);

        [LoggerMessage(OcppEventIds.CallSent, LogLevel.Debug, "Connection {Name} sent {Action} as message {MessageId}", EventName = "CallSent")]
        public static partial void CallSent(ILogger logger, string name, string action, string messageId);

        [LoggerMessage(OcppEventIds.CallAnswered, LogLevel.Debug, "Connection {Name}: {Action} message {MessageId} ended with {Outcome}", EventName = "CallAnswered")]
        public static partial void CallAnswered(ILogger logger, string name, string action, string messageId, string outcome);

        [LoggerMessage(OcppEventIds.DuplicateCall, LogLevel.Warning, "Connection {Name}: a CALL reused message id {MessageId} while it was still being processed", EventName = "DuplicateCall")]
        public static partial void DuplicateCall(ILogger logger, string name, string messageId);
    }
}
