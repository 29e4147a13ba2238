namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// What the balancer knows about one session's limit. The limit fields are mutated only by the round of the session's
/// site (rounds of one site never overlap); power readings come from the event reader, under a lock because a decimal
/// is not written atomically.
/// </summary>
internal sealed class SessionLimitState
{
    private readonly Lock _power = new();
    private decimal? _powerW;
    private decimal _peakPowerW;

    /// <summary>The limit the charger accepted last; null before the first.</summary>
    public decimal? AcceptedW { get; set; }

    /// <summary>The limit sent last, accepted or not.</summary>
    public decimal? SentW { get; set; }

    /// <summary>True while the last limit sent was not accepted (rejected, CALLERROR, no answer, offline).</summary>
    public bool Unconfirmed { get; set; }

    /// <summary>
    /// The charger refused the session's TxProfile because it runs no such transaction on that EVSE (2.x reason
    /// TxNotFound, K01.FR.09/K01.FR.33): the central system has not heard of its end yet. It draws nothing for this
    /// session, so the balancer leaves it out and sends it nothing more.
    /// </summary>
    public bool NotAtCharger { get; set; }

    /// <summary>The token group's priority, read once per session.</summary>
    public int? Priority { get; set; }

    /// <summary>The newest power reading, in W.</summary>
    public decimal? PowerW
    {
        get
        {
            lock (_power)
            {
                return _powerW;
            }
        }
    }

    /// <summary>The highest power reading of the session, in W.</summary>
    public decimal PeakPowerW
    {
        get
        {
            lock (_power)
            {
                return _peakPowerW;
            }
        }
    }

    public void RecordPower(decimal watts)
    {
        lock (_power)
        {
            _powerW = watts;
            _peakPowerW = Math.Max(_peakPowerW, watts);
        }
    }

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
