namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Gives the charger a new HTTP Basic password (2.0.1 A01; 1.6 security white paper §2.3.2): 1.6
/// ChangeConfiguration(AuthorizationKey, hex of the password's bytes), 2.x SetVariables(SecurityCtrlr.BasicAuthPassword).
/// Only once the charger answered Accepted does the central system switch to the new password (A01.FR.03); otherwise
/// the old one stays valid (A01.FR.04). The password never reaches the command history.
/// </summary>
internal sealed record ChangeChargerPassword(string Password) : ChargerCommand
{
    public override string Name => "ChangePassword";

    /// <summary>Keeps the password out of logs and exception messages (A01.FR.09).</summary>
    public override string ToString() => "ChangeChargerPassword { Password = *** }";
}
