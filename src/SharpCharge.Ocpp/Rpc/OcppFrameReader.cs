using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using SharpCharge.Ocpp.Errors;

namespace SharpCharge.Ocpp.Rpc;

/// <summary>
/// Reads the envelope of an OCPP-J frame (OCPP-J 1.6 §4, 2.x Part 4 §4) with <see cref="Utf8JsonReader"/>:
/// the MessageTypeId, the message id, the action and the position of the payload. The payload itself is
/// checked later against its action's schema.
/// </summary>
internal static class OcppFrameReader
{
    /// <summary>OCPP-J: a message id is a string of at most 36 characters (room for a GUID).</summary>
    public const int MaxMessageIdLength = 36;

        private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    /// <summary>
    /// Parses <paramref name="data"/>. On failure <paramref name="defect"/> says what is wrong, and
    /// <paramref name="frame"/> still carries whatever could be read (message type, message id).
    /// </summary>
    /// <param name="data">One whole WebSocket text message.</param>
    /// <param name="frame">The frame's elements, as positions in <paramref name="data"/>.</param>
    /// <param name="defect">What is wrong, when false is returned.</param>
    public static bool TryRead(ReadOnlySpan<byte> data, out OcppFrame frame, out OcppFrameDefect defect)
    {
        frame = default;
        defect = default;

        // Utf8JsonReader does not check UTF-8 inside strings until they are decoded; check it once up front.
        if (!Utf8.IsValid(data))
        {
            defect = OcppFrameDefect.InvalidJson;
            return false;
        }

        var reader = new Utf8JsonReader(data, Options);
        try
        {
            if (!TryReadEnvelope(ref reader, ref frame, out defect))
            {
                // Tell a broken frame apart from a well-formed one of the wrong shape: 1.6 answers them differently.
                if (defect != OcppFrameDefect.InvalidJson && !IsWellFormed(data))
                {
                    defect = OcppFrameDefect.InvalidJson;
                }

                return false;
            }

            return true;
        }
        catch (JsonException)
        {
            defect = OcppFrameDefect.InvalidJson;
            return false;
        }
    }

    private static bool TryReadEnvelope(ref Utf8JsonReader reader, ref OcppFrame frame, out OcppFrameDefect defect)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            defect = OcppFrameDefect.NotAnArray;
            return false;
        }

        // Element 0: the MessageTypeId.
        if (!ReadElement(ref reader, out defect))
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var type))
        {
            defect = OcppFrameDefect.WrongElementType;
            return false;
        }

        frame.MessageType = (OcppMessageType)type;

        // Element 1: the message id, a string of at most 36 characters.
        if (!ReadElement(ref reader, out defect))
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            defect = OcppFrameDefect.WrongElementType;
            return false;
        }

        if (!TryReadMessageId(ref reader, ref frame, out defect))
        {
            return false;
        }

        switch (frame.MessageType)
        {
            case OcppMessageType.Call:
            case OcppMessageType.Send:
                if (!ReadString(ref reader, out frame.ActionRange, out defect) || !ReadPayload(ref reader, out frame.PayloadRange, out defect))
                {
                    return false;
                }

                break;
            case OcppMessageType.CallResult:
                if (!ReadPayload(ref reader, out frame.PayloadRange, out defect))
                {
                    return false;
                }

                break;
            case OcppMessageType.CallError:
            case OcppMessageType.CallResultError:
                if (!ReadError(ref reader, ref frame, out defect))
                {
                    return false;
                }

                break;
            default:
                defect = OcppFrameDefect.UnknownMessageType;
                return false;
        }

        // Nothing may follow the last element of the shape.
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            defect = OcppFrameDefect.WrongElementCount;
            return false;
        }

        // Nothing may follow the array either; Read throws on trailing content.
        if (reader.Read())
        {
            defect = OcppFrameDefect.InvalidJson;
            return false;
        }

        defect = default;
        return true;
    }

    private static bool TryReadMessageId(ref Utf8JsonReader reader, ref OcppFrame frame, out OcppFrameDefect defect)
    {
        int length;
        if (reader.ValueIsEscaped)
        {
            // Escapes in an id are legal JSON but unheard of in practice; unescape into a string.
            if (reader.ValueSpan.Length > MaxMessageIdLength * 12)
            {
                defect = OcppFrameDefect.MessageIdTooLong;
                return false;
            }

            frame.EscapedMessageId = reader.GetString()!;
            length = frame.EscapedMessageId.Length;
        }
        else
        {
            var id = reader.ValueSpan;
            frame.MessageIdRange = StringRange(ref reader);
            // The limit counts characters; ids are ASCII in practice, so count only when bytes could exceed it.
            length = id.Length > MaxMessageIdLength ? Encoding.UTF8.GetCharCount(id) : id.Length;
        }

        if (length > MaxMessageIdLength)
        {
            defect = OcppFrameDefect.MessageIdTooLong;
            return false;
        }

        if (length == 0)
        {
            defect = OcppFrameDefect.MessageIdEmpty;
            return false;
        }

        // Only a valid id is echoed; otherwise a CALLERROR carries "-1" (2.0.1 Part 4 §4.2.3).
        frame.HasMessageId = true;
        defect = default;
        return true;
    }

    private static bool ReadError(ref Utf8JsonReader reader, ref OcppFrame frame, out OcppFrameDefect defect)
    {
        if (!ReadElement(ref reader, out defect))
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            defect = OcppFrameDefect.WrongElementType;
            return false;
        }

        frame.ErrorCode = reader.GetString();
        if (!ReadElement(ref reader, out defect))
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            defect = OcppFrameDefect.WrongElementType;
            return false;
        }

        frame.ErrorDescription = reader.GetString();
        if (!ReadPayload(ref reader, out frame.ErrorDetailsRange, out defect))
        {
            return false;
        }

        // errorDetails must be an object (OCPP-J 1.6 §4.2.3); peers that send null or a string are tolerated,
        // because a CALLERROR is never answered with another error.
        return true;
    }

    private static bool ReadString(ref Utf8JsonReader reader, out Range value, out OcppFrameDefect defect)
    {
        value = default;
        if (!ReadElement(ref reader, out defect))
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            // Action names are plain ASCII identifiers; an escaped one cannot name a real action.
            defect = OcppFrameDefect.WrongElementType;
            return false;
        }

        value = StringRange(ref reader);
        return true;
    }

    private static bool ReadPayload(ref Utf8JsonReader reader, out Range payload, out OcppFrameDefect defect)
    {
        payload = default;
        if (!ReadElement(ref reader, out defect))
        {
            return false;
        }

        var start = (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }

        payload = new Range(start, (int)reader.BytesConsumed);
        return true;
    }

    /// <summary>Moves to the next element; a premature end of the array is a wrong element count.</summary>
    private static bool ReadElement(ref Utf8JsonReader reader, out OcppFrameDefect defect)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            defect = OcppFrameDefect.WrongElementCount;
            return false;
        }

        defect = default;
        return true;
    }

    private static bool IsWellFormed(ReadOnlySpan<byte> data)
    {
        try
        {
            var reader = new Utf8JsonReader(data, Options);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The position of the current string token's content, without its quotes.</summary>
    private static Range StringRange(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex + 1;
        return new Range(start, start + reader.ValueSpan.Length);
    }
}
