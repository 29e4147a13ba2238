namespace SharpCharge.Ocpp.Rpc;

/// <summary>The MessageTypeId, the first element of every OCPP-J frame (OCPP-J 1.6 §4.1.3, 2.x Part 4 §4.1.3).</summary>
public enum OcppMessageType
{
    /// <summary><c>[2, id, action, payload]</c>: a request.</summary>
    Call = 2,

    /// <summary><c>[3, id, payload]</c>: the answer to a CALL.</summary>
    CallResult = 3,

    /// <summary><c>[4, id, code, description, details]</c>: the CALL could not be processed.</summary>
    CallError = 4,

    /// <summary>2.1 only. <c>[5, id, code, description, details]</c>: the CALLRESULT with this id could not be processed.</summary>
    CallResultError = 5,

    /// <summary>2.1 only. <c>[6, id, action, payload]</c>: a message that is never answered.</summary>
    Send = 6,
}
