namespace SharpCharge.Csms.Dashboard;

/// <summary>
/// Event ids of the dashboard's log lines: 2600-2699 (next free: 2607), beside the domain's 2000-2099, storage's
/// 2100-2199 and the OCPP endpoint's 2200-2299.
/// </summary>
internal static class DashboardEventIds
{
    public const int InitialAdminCreated = 2600;
    public const int NoOperatorAccount = 2601;
    public const int SignedIn = 2602;
    public const int SignInFailed = 2603;
    public const int CommandSent = 2604;
    public const int LiveUpdateFailed = 2605;
    public const int InitialAdminDeferred = 2606;
}
