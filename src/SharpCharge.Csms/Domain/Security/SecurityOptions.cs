namespace SharpCharge.Csms.Domain.Security;

/// <summary>
/// Lock-outs after repeated failed sign-ins, bound from the "Security" section. Defaults are set here and repeated in
/// each comment; <see cref="Problem"/> checks them at start.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Wrong passwords (or invalid certificates) for one charger id before it is locked out. Default 5; 0 turns this off.</summary>
    public int ChargerFailuresBeforeLockout { get; set; } = 5;

    /// <summary>Failed charger authentications from one source address before the address is locked out. Default 20; 0 turns this off.</summary>
    public int AddressFailuresBeforeLockout { get; set; } = 20;

    /// <summary>Wrong passwords for one dashboard operator name before it is locked out. Default 5; 0 turns this off.</summary>
    public int OperatorFailuresBeforeLockout { get; set; } = 5;

    /// <summary>The first lock-out; each further failure while counting doubles it (the back-off). Default 30 s.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest lock-out the doubling reaches. Default 15 min.</summary>
    public TimeSpan MaxLockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures older than this are forgotten (counted from the last failure). Default 15 min.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>What to fix, or null when the values are usable.</summary>
    public string? Problem()
    {
        if (ChargerFailuresBeforeLockout is < 0 or > 1000 || AddressFailuresBeforeLockout is < 0 or > 100_000 || OperatorFailuresBeforeLockout is < 0 or > 1000)
        {
            return "Security:ChargerFailuresBeforeLockout and OperatorFailuresBeforeLockout must be 0 (off) to 1000, AddressFailuresBeforeLockout 0 (off) to 100000.";
        }

        if (LockoutDuration <= TimeSpan.Zero || MaxLockoutDuration < LockoutDuration || MaxLockoutDuration > TimeSpan.FromDays(1))
        {
            return "Security:LockoutDuration must be more than 00:00:00, and MaxLockoutDuration at least LockoutDuration and at most 1.00:00:00.";
        }

        if (FailureWindow <= TimeSpan.Zero || FailureWindow > TimeSpan.FromDays(1))
        {
            return "Security:FailureWindow must be more than 00:00:00 and at most 1.00:00:00.";
        }

        return null;
    }
}
