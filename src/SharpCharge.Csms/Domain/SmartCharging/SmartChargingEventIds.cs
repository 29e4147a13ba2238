namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>Event ids of site load management's log lines: 2080-2099 of the domain's range (next free: 2086).</summary>
internal static class SmartChargingEventIds
{
    public const int RoundFailed = 2080;
    public const int LimitNotAccepted = 2081;
    public const int EventsDropped = 2082;
    public const int SiteOverCommitted = 2083;
    public const int SiteLookupFailed = 2084;
    public const int LimitLoweredDuringRound = 2085;
}
