namespace SharpCharge.Csms.Cluster;

/// <summary>Event ids of the cluster's log lines: 2500-2599 (next free: 2517).</summary>
internal static class ClusterEventIds
{
    public const int NodeJoined = 2500;
    public const int NodeLeft = 2501;
    public const int DeadNodeSwept = 2502;
    public const int LeaseRenewalFailed = 2503;
    public const int ChargerTakenOver = 2504;
    public const int StaleSessionClosed = 2505;
    public const int RemoteCommandFailed = 2506;
    public const int OwnerUnreachable = 2507;
    public const int LiveEventDropped = 2508;
    public const int LiveEventRelayFailed = 2509;
    public const int MalformedMessage = 2510;
    public const int OwnershipUpdateFailed = 2511;
    public const int MalformedReply = 2512;
    public const int CommandFollowsCharger = 2513;
    public const int NodeRejoined = 2514;
    public const int OwnershipRepaired = 2515;
    public const int ClaimOutdated = 2516;
}
