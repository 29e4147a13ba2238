namespace SharpCharge.Csms.Domain.Events;

/// <summary>The OCPP-J frame type of a logged message.</summary>
internal enum ProtocolMessageType
{
    Call = 2,
    CallResult = 3,
    CallError = 4,
    CallResultError = 5,
    Send = 6,
}
