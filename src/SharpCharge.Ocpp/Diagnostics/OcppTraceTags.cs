namespace SharpCharge.Ocpp.Diagnostics;

/// <summary>
/// The stable tags of protocol trace lines, for grep. OCPP-* lines describe the OCPP-J frame (envelope, then
/// payload); SERVER-* and CHARGER-* lines describe the WebSocket message on the side that writes the trace.
/// </summary>
public static class OcppTraceTags
{
    public const string CallSend = "[OCPP-CALL-SEND]";
    public const string PayloadSend = "[OCPP-PAYLOAD-SEND]";
    public const string CallResultSend = "[OCPP-CALLRESULT-SEND]";
    public const string ResponseSend = "[OCPP-RESPONSE-SEND]";
    public const string CallErrorSend = "[OCPP-CALLERROR-SEND]";
    public const string ErrorSend = "[OCPP-ERROR-SEND]";
    public const string CallRecv = "[OCPP-CALL-RECV]";
    public const string PayloadRecv = "[OCPP-PAYLOAD-RECV]";
    public const string CallResultRecv = "[OCPP-CALLRESULT-RECV]";
    public const string ResponseRecv = "[OCPP-RESPONSE-RECV]";
    public const string CallErrorRecv = "[OCPP-CALLERROR-RECV]";
    public const string ErrorRecv = "[OCPP-ERROR-RECV]";
    public const string RawRecv = "[OCPP-RAW-RECV]";
    public const string ChargerSend = "[CHARGER-SEND]";
    public const string ChargerRecv = "[CHARGER-RECV]";
    public const string ServerSend = "[SERVER-SEND]";
    public const string ServerRecv = "[SERVER-RECV]";
}
