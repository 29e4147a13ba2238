using System.Text;

namespace SharpCharge.Ocpp.Rpc;

/// <summary>
/// One parsed OCPP-J frame, as positions in the received bytes (valid until the receive buffer is reused).
/// Only the elements its <see cref="MessageType"/> carries are set.
/// </summary>
internal struct OcppFrame
{
    /// <summary>The MessageTypeId; may be a number outside <see cref="OcppMessageType"/> when the defect is UnknownMessageType.</summary>
    public OcppMessageType MessageType;

    /// <summary>Where the message id's UTF-8 bytes are; default when it could not be read or was escaped.</summary>
    public Range MessageIdRange;

    /// <summary>The message id when it contained JSON escapes (rare), already unescaped.</summary>
    public string? EscapedMessageId;

    /// <summary>True when the message id was read from the frame.</summary>
    public bool HasMessageId;

    /// <summary>Where the raw UTF-8 action name of a CALL or SEND is.</summary>
    public Range ActionRange;

    /// <summary>Where the payload of a CALL, CALLRESULT or SEND is: the raw JSON of one value.</summary>
    public Range PayloadRange;

    /// <summary>The error code of a CALLERROR or CALLRESULTERROR.</summary>
    public string? ErrorCode;

    /// <summary>The error description of a CALLERROR or CALLRESULTERROR.</summary>
    public string? ErrorDescription;

    /// <summary>Where the raw JSON of the error details of a CALLERROR or CALLRESULTERROR is.</summary>
    public Range ErrorDetailsRange;

    /// <summary>True when the message id in <paramref name="data"/> equals <paramref name="id"/>, without allocating.</summary>
    public readonly bool MessageIdEquals(ReadOnlySpan<byte> data, string id)
    {
        if (!HasMessageId)
        {
            return false;
        }

        if (EscapedMessageId is not null)
        {
            return string.Equals(EscapedMessageId, id, StringComparison.Ordinal);
        }

        var bytes = data[MessageIdRange];
        if (bytes.Length != id.Length)
        {
            // Our own ids are ASCII, so equal ids have as many bytes as characters.
            return false;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != id[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The message id as a string, or the "-1" that 2.x prescribes when it could not be read (Part 4 §4.2.3).</summary>
    public readonly string GetMessageId(ReadOnlySpan<byte> data)
        => !HasMessageId ? Errors.OcppErrorCatalogue.UnreadableMessageId
            : EscapedMessageId ?? Encoding.UTF8.GetString(data[MessageIdRange]);
}
