using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Ocpp.Diagnostics;

/// <summary>
/// Writes one tagged log line per event of an OCPP-J connection (see <see cref="OcppTraceTags"/>): every
/// WebSocket message sent and received, the frame's envelope (message type, action, message id) and its payload.
/// Envelopes log at Information, CALLERRORs at Warning, payloads, raw frames and transport lines at Debug, so
/// the logger's level picks how much is written. A connection without a trace pays one null check per frame.
/// One instance may serve many connections: it keeps per-connection state in <see cref="OcppConnectionTrace"/>.
/// </summary>
public sealed partial class OcppProtocolTrace
{
    /// <summary>The logger category of the trace lines, for logging filters and <see cref="OcppTraceLoggerProvider"/>.</summary>
    public const string Category = "SharpCharge.Ocpp.Protocol";

    private readonly ILogger _logger;
    private readonly string _sendTag;
    private readonly string _recvTag;

    /// <param name="logger">Where the lines go; its level filter decides which are written.</param>
    /// <param name="side">Which end writes the trace (names the transport tags).</param>
    /// <param name="prettyPayloads">Indent payloads over several lines instead of one compact line.</param>
    public OcppProtocolTrace(ILogger logger, OcppTraceSide side, bool prettyPayloads = false)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        PrettyPayloads = prettyPayloads;
        (_sendTag, _recvTag) = side == OcppTraceSide.Server
            ? (OcppTraceTags.ServerSend, OcppTraceTags.ServerRecv)
            : (OcppTraceTags.ChargerSend, OcppTraceTags.ChargerRecv);
    }

    public bool PrettyPayloads { get; }

    /// <summary>
    /// Reads a trace level as operators write it (<c>OCPP_LOG_LEVEL</c>): DEBUG (envelopes, payloads, raw frames,
    /// transport), INFO (envelopes and errors) or WARNING (CALLERRORs only), in any case; the .NET names Debug,
    /// Information and Warning work too. Null when the text is none of them.
    /// </summary>
    public static LogLevel? ParseLevel(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "DEBUG" or "TRACE" => LogLevel.Debug,
        "INFO" or "INFORMATION" => LogLevel.Information,
        "WARNING" or "WARN" => LogLevel.Warning,
        _ => null,
    };

    /// <summary>State for one connection: which action each awaited message id belongs to, so answers name it.</summary>
    internal OcppConnectionTrace ForConnection(string name) => new(this, name);

    internal void Received(OcppConnectionTrace connection, ReadOnlySpan<byte> data)
    {
        // Warning is the least a trace writes (CALLERRORs); below that the logger takes nothing from us.
        if (!_logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        var debug = _logger.IsEnabled(LogLevel.Debug);
        if (debug)
        {
            Log.Line(_logger, LogLevel.Debug, OcppTraceTags.RawRecv, connection.Name, "-", "-", OcppSecretMask.ToText(data));
        }

        if (!OcppFrameReader.TryRead(data, out var frame, out var defect))
        {
            var id = frame.HasMessageId ? frame.GetMessageId(data) : "-";
            Log.Line(_logger, LogLevel.Warning, OcppTraceTags.ErrorRecv, connection.Name, "-", id, $"unreadable frame: {defect}");
            Transport(connection, _recvTag, "-", id, data.Length);
            return;
        }

        var (action, messageId) = Frame(connection, data, frame, Incoming);
        Transport(connection, _recvTag, action, messageId, data.Length);
    }

    internal void Sent(OcppConnectionTrace connection, ReadOnlySpan<byte> data)
    {
        if (!_logger.IsEnabled(LogLevel.Warning) || !OcppFrameReader.TryRead(data, out var frame, out _))
        {
            // Our own frames are always readable; a trace that is off stops here.
            return;
        }

        var (action, messageId) = Frame(connection, data, frame, Outgoing);
        Transport(connection, _sendTag, action, messageId, data.Length);
    }

    /// <summary>The tags of one direction: envelope and payload lines for CALLs, CALLRESULTs and CALLERRORs.</summary>
    private sealed record Direction(string Call, string Payload, string CallResult, string Response, string CallError, string Error);

    private static readonly Direction Incoming = new(OcppTraceTags.CallRecv, OcppTraceTags.PayloadRecv, OcppTraceTags.CallResultRecv, OcppTraceTags.ResponseRecv, OcppTraceTags.CallErrorRecv, OcppTraceTags.ErrorRecv);
    private static readonly Direction Outgoing = new(OcppTraceTags.CallSend, OcppTraceTags.PayloadSend, OcppTraceTags.CallResultSend, OcppTraceTags.ResponseSend, OcppTraceTags.CallErrorSend, OcppTraceTags.ErrorSend);

    /// <summary>Writes the envelope and payload lines of a readable frame; returns the action and message id for the transport line.</summary>
    private (string Action, string MessageId) Frame(OcppConnectionTrace connection, ReadOnlySpan<byte> data, in OcppFrame frame, Direction tags)
    {
        var messageId = frame.GetMessageId(data);
        string action;
        switch (frame.MessageType)
        {
            case OcppMessageType.Call or OcppMessageType.Send:
                action = Encoding.UTF8.GetString(data[frame.ActionRange]);
                if (frame.MessageType == OcppMessageType.Call)
                {
                    connection.Awaiting(messageId, action);
                }

                Envelope(connection, tags.Call, tags.Payload, action, messageId, data[frame.PayloadRange]);
                break;
            case OcppMessageType.CallResult:
                action = connection.Answered(messageId);
                Envelope(connection, tags.CallResult, tags.Response, action, messageId, data[frame.PayloadRange]);
                break;
            default:
                action = connection.Answered(messageId);
                Error(connection, tags.CallError, tags.Error, action, messageId, frame.ErrorCode, frame.ErrorDescription, data[frame.ErrorDetailsRange]);
                break;
        }

        return (action, messageId);
    }

    private void Envelope(OcppConnectionTrace connection, string envelopeTag, string payloadTag, string action, string messageId, ReadOnlySpan<byte> payload)
    {
        Log.Line(_logger, LogLevel.Information, envelopeTag, connection.Name, action, messageId, "");
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            Log.Line(_logger, LogLevel.Debug, payloadTag, connection.Name, action, messageId, Format(payload));
        }
    }

    private void Error(OcppConnectionTrace connection, string envelopeTag, string detailTag, string action, string messageId, string? code, string? description, ReadOnlySpan<byte> details)
    {
        Log.Line(_logger, LogLevel.Warning, envelopeTag, connection.Name, action, messageId, code ?? "");
        var detailJson = details.IsEmpty ? "{}" : Format(details);
        Log.Line(_logger, LogLevel.Warning, detailTag, connection.Name, action, messageId, $"{code} \"{description}\" {detailJson}");
    }

    private void Transport(OcppConnectionTrace connection, string tag, string action, string messageId, int length)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            Log.Line(_logger, LogLevel.Debug, tag, connection.Name, action, messageId, $"{length} bytes");
        }
    }

    /// <summary>The payload as one compact line, or indented when asked; invalid JSON is shown as received.</summary>
    private string Format(ReadOnlySpan<byte> json)
    {
        if (OcppSecretMask.MayHoldSecret(json))
        {
            // Passwords never reach the trace (STYLE rule 10); the masked text is shown compact.
            return OcppSecretMask.ToText(json);
        }

        if (!PrettyPayloads)
        {
            return Encoding.UTF8.GetString(json);
        }

        try
        {
            var output = new ArrayBufferWriter<byte>(json.Length * 2);
            using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
            {
                var reader = new Utf8JsonReader(json);
                using var document = JsonDocument.ParseValue(ref reader);
                document.WriteTo(writer);
            }

            return Environment.NewLine + Encoding.UTF8.GetString(output.WrittenSpan);
        }
        catch (JsonException)
        {
            return Encoding.UTF8.GetString(json);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = OcppEventIds.ProtocolTrace, Message = "{Tag} charger={ChargerId} action={Action} id={MessageId} {Detail}", EventName = "ProtocolTrace")]
        public static partial void Line(ILogger logger, LogLevel level, string tag, string chargerId, string action, string messageId, string detail);
    }
}
