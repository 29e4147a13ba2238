namespace SharpCharge.Ocpp.Errors;

/// <summary>Ways an incoming frame can fail before its payload is even looked at.</summary>
public enum OcppFrameDefect
{
    /// <summary>Not valid JSON or not valid UTF-8.</summary>
    InvalidJson,

    /// <summary>Valid JSON, but not an array.</summary>
    NotAnArray,

    /// <summary>An array with the wrong number of elements for its MessageTypeId.</summary>
    WrongElementCount,

    /// <summary>An element has the wrong JSON type (message id not a string, action not a string, ...).</summary>
    WrongElementType,

    /// <summary>The MessageTypeId is a number this version does not define.</summary>
    UnknownMessageType,

    /// <summary>The message id is longer than 36 characters.</summary>
    MessageIdTooLong,

    /// <summary>The message id is empty.</summary>
    MessageIdEmpty,

    /// <summary>A CALL reuses the id of a CALL that is still being processed.</summary>
    DuplicateMessageId,
}
