using System.Text.Json;
using SharpCharge.Csms.Domain.Events;

namespace SharpCharge.Csms.Connections.ProtocolLog;

/// <summary>One OCPP-J frame as the protocol log keeps it: its type, message id, action (CALLs) and the whole text.</summary>
internal readonly record struct ProtocolFrame(ProtocolMessageType Type, string MessageId, string? Action, string Text)
{
    /// <summary>
    /// Reads <c>[type, "id", "action", …]</c> with a <see cref="Utf8JsonReader"/>. A frame too broken to name its
    /// type and id is still kept, as a CALLERROR with an empty id, so the log shows what the charger really sent.
    /// </summary>
    public static ProtocolFrame Parse(ReadOnlySpan<byte> utf8)
    {
        // Passwords (AuthorizationKey, BasicAuthPassword) are masked before the frame is stored.
        var text = SharpCharge.Ocpp.Diagnostics.OcppSecretMask.ToText(utf8);
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartArray
                && reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var type)
                && Enum.IsDefined((ProtocolMessageType)type)
                && reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                var id = reader.GetString()!;
                string? action = null;
                if ((ProtocolMessageType)type is ProtocolMessageType.Call or ProtocolMessageType.Send
                    && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    action = reader.GetString();
                }

                return new ProtocolFrame((ProtocolMessageType)type, id, action, text);
            }
        }
        catch (JsonException)
        {
            // Falls through: an unreadable frame is logged as it came.
        }

        return new ProtocolFrame(ProtocolMessageType.CallError, string.Empty, null, text);
    }
}
