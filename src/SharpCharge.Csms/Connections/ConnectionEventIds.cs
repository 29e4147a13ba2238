namespace SharpCharge.Csms.Connections;

/// <summary>
/// Event ids of the OCPP endpoint's log lines: 2200-2299 (next free: 2209), beside the protocol library's
/// 1000-1099, the domain's 2000-2099 and storage's 2100-2199.
/// </summary>
internal static class ConnectionEventIds
{
    public const int ChargerConnected = 2200;
    public const int ChargerDisconnected = 2201;
    public const int ChargerRefused = 2202;
    public const int NoCommonVersion = 2203;
    public const int ChargerReplaced = 2204;
    public const int ProtocolLogDropped = 2205;
    public const int ProtocolLogWriteFailed = 2206;
    public const int ChargerOutdated = 2207;
    public const int StoreBusy = 2208;
}
