namespace SharpCharge.Csms.Connections;

/// <summary>
/// Event ids of the limits against slow and abusive peers: 2250-2269 (next free: 2253), a block of the OCPP
/// endpoint's range 2200-2299 kept apart from <see cref="ConnectionEventIds"/>.
/// </summary>
internal static class PeerLimitEventIds
{
    public const int Throttled = 2250;
    public const int SlowReader = 2251;
    public const int ConnectionFlood = 2252;
}
