namespace SharpCharge.Csms.Dashboard;

/// <summary>Dashboard:InitialAdmin: the account created when none exists. Both or neither must be set.</summary>
internal sealed class InitialAdminOptions
{
    /// <summary>The operator name. Default none.</summary>
    public string? User { get; set; }

    /// <summary>The password, hashed when the account is created; at least 8 characters. Default none.</summary>
    public string? Password { get; set; }

    // The password must never reach a log line or a debugger display.
    public override string ToString() => $"InitialAdmin {{ User = {User} }}";
}
