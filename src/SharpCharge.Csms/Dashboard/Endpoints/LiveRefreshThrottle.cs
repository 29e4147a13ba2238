using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary>
/// Paces one page's live stream so that it does not read the database once per event: meter values (the bulk of the
/// traffic) are gathered and sent at most once per <see cref="Interval"/>; a status change, a connect or disconnect, a
/// session starting or ending or a 2.x session's charging state changing goes out at once, together with whatever was
/// gathered.
/// </summary>
internal sealed class LiveRefreshThrottle
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _realTime;
    private DateTimeOffset? _lastRefresh;

    /// <param name="realTime">Wall-clock time (not the demo's accelerated clock): the pace protects the database, which works in real time.</param>
    public LiveRefreshThrottle(TimeProvider realTime)
    {
        ArgumentNullException.ThrowIfNull(realTime);
        _realTime = realTime;
    }

    /// <summary>How long to gather more events before refreshing the page with <paramref name="pending"/>.</summary>
    public TimeSpan WaitBefore(IReadOnlyList<LiveEvent> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (_lastRefresh is not { } last || pending.Any(IsUrgent))
        {
            return TimeSpan.Zero;
        }

        var left = Interval - (_realTime.GetUtcNow() - last);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>The page was just refreshed.</summary>
    public void Refreshed() => _lastRefresh = _realTime.GetUtcNow();

    /// <summary>
    /// Changes an operator watches for (marker colours, online counts, sessions) are never held back. A 2.x charger
    /// tells that energy starts or stops flowing in a transaction update with a new chargingState, not in a status
    /// change (its connector stays Occupied), so such an update is one of them.
    /// </summary>
    public static bool IsUrgent(LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        return liveEvent.Kind is not (LiveEventKind.MeterUpdated or LiveEventKind.TransactionUpdated) || liveEvent.ChargingState is not null;
    }
}
