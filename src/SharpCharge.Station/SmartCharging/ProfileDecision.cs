namespace SharpCharge.Station.SmartCharging;

/// <summary>Whether a charging profile was installed and, when not, the reason code (2.x statusInfo) and why.</summary>
internal readonly record struct ProfileDecision(bool Accepted, string? ReasonCode = null, string? Detail = null)
{
    public static ProfileDecision Yes => new(true);

    public static ProfileDecision No(string reasonCode, string detail) => new(false, reasonCode, detail);
}
