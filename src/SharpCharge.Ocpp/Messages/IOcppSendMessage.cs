namespace SharpCharge.Ocpp.Messages;

/// <summary>
/// An OCPP 2.1 SEND payload (MessageTypeId 6): delivered without any answer, not even a CALLERROR.
/// Only NotifyPeriodicEventStream uses it today.
/// </summary>
public interface IOcppSendMessage
{
    /// <summary>The action this payload belongs to.</summary>
    OcppAction Action { get; }
}
