namespace SharpCharge.Ocpp;

/// <summary>
/// Event ids of the protocol library's log lines, one range per area so they never collide.
/// Connection: 1000-1099 (next free: 1016).
/// </summary>
internal static class OcppEventIds
{
    public const int ConnectionStarted = 1000;
    public const int ConnectionClosed = 1001;
    public const int BadFrame = 1002;
    public const int BadFrameIgnored = 1003;
    public const int UnknownResponse = 1004;
    public const int InvalidPayload = 1005;
    public const int HandlerFailed = 1006;
    public const int CallTimedOut = 1007;
    public const int MessageTooBig = 1008;
    public const int InvalidOutgoing = 1009;
    public const int PeerCallResultError = 1010;
    public const int SendFailed = 1011;
    public const int DuplicateCall = 1012;
    public const int ProtocolTrace = 1013;
    public const int CallSent = 1014;
    public const int CallAnswered = 1015;
}
