namespace SharpCharge.Csms.Dashboard;

/// <summary>The dashboard's fixed paths and the name of its admin policy.</summary>
internal static class DashboardRoutes
{
    public const string Login = "/login";

    public const string Logout = "/logout";

    /// <summary>Operators in the Admin role: they may send commands and edit id tokens.</summary>
    public const string AdminPolicy = "DashboardAdmin";
}
