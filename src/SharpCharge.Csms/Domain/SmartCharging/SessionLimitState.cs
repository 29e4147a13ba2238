namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// What the balancer knows about one session's limit. Mutated only by the round of the session's site (rounds of one
/// site never overlap) and by the event reader's power readings, which are single numbers written atomically.
/// </summary>
internal sealed class SessionLimitState
{
    /// <summary>The limit the charger accepted last; null before the first.</summary>
    public decimal? AcceptedW { get; set; }

    /// <summary>The limit sent last, accepted or not.</summary>
    public decimal? SentW { get; set; }

    /// <summary>True while the last limit sent was not accepted (rejected, CALLERROR, no answer, offline).</summary>
    public bool Unconfirmed { get; set; }

    /// <summary>The token group's priority, read once per session.</summary>
    public int? Priority { get; set; }

    /// <summary>The newest power reading, in W.</summary>
    public decimal? PowerW { get; set; }

    /// <summary>The highest power reading of the session, in W.</summary>
    public decimal PeakPowerW { get; set; }

    /// <summary>
    /// What the session may draw for all the balancer can be sure of: its accepted limit, or the charger's maximum before
    /// any; while unconfirmed, also the limit sent last, since a late answer may still have applied it.
    /// </summary>
    public decimal CountedW(decimal maxW)
    {
        var counted = AcceptedW ?? maxW;
        return Unconfirmed && SentW is { } sent ? Math.Max(counted, sent) : counted;
    }
}
