using System.Collections.Concurrent;

namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// What the balancer did recently: the limits it sent (at most <see cref="Capacity"/>, oldest dropped first) and the
/// latest view of each site, for the API and the dashboard.
/// </summary>
internal sealed class SiteLoadJournal
{
    public const int Capacity = 100_000;

    private readonly ConcurrentQueue<LimitChange> _changes = new();
    private readonly ConcurrentDictionary<string, SiteLoadView> _sites = new(StringComparer.OrdinalIgnoreCase);
    private long _sent;
    private long _rounds;

    /// <summary>Limits sent since start, accepted or not.</summary>
    public long LimitsSent => Interlocked.Read(ref _sent);

    /// <summary>Balancing rounds run since start.</summary>
    public long Rounds => Interlocked.Read(ref _rounds);

    public void Record(LimitChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Interlocked.Increment(ref _sent);
        _changes.Enqueue(change);
        while (_changes.Count > Capacity && _changes.TryDequeue(out _))
        {
        }
    }

    public void Record(SiteLoadView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Interlocked.Increment(ref _rounds);
        _sites[view.StationId] = view;
    }

    public IReadOnlyList<LimitChange> Changes(string? stationId = null)
        => [.. _changes.Where(c => stationId is null || string.Equals(c.StationId, stationId, StringComparison.OrdinalIgnoreCase))];

    public SiteLoadView? Site(string stationId) => _sites.GetValueOrDefault(stationId);

    /// <summary>Drops the view of a site this node no longer balances.</summary>
    public void Forget(string stationId) => _sites.TryRemove(stationId, out _);
}
