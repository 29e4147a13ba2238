namespace SharpCharge.Csms.Demo;

/// <summary>Event ids of the demo mode's log lines: 2800-2899 (next free: 2805), beside the domain's 2000-2099, storage's 2100-2199 and the endpoint's 2200-2299.</summary>
internal static class DemoEventIds
{
    public const int Progress = 2800;
    public const int Finished = 2801;
    public const int SeedImported = 2802;
    public const int FleetFailed = 2803;
    public const int NoDrivers = 2804;
}
