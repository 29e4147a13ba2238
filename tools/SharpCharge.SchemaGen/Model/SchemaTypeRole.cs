namespace SharpCharge.SchemaGen.Model;

/// <summary>Where a type sits in a version: a message payload or a type used inside payloads.</summary>
internal enum SchemaTypeRole
{
    /// <summary>The payload of a CALL (a schema file named <c>XRequest.json</c>).</summary>
    Request,

    /// <summary>The payload of a CALLRESULT (<c>XResponse.json</c>).</summary>
    Response,

    /// <summary>The payload of a 2.1 SEND, which has no response schema.</summary>
    Send,

    /// <summary>An object used inside payloads (a 2.x definition or a 1.6 inline object).</summary>
    Datatype,

    /// <summary>A string enumeration.</summary>
    Enum,
}
