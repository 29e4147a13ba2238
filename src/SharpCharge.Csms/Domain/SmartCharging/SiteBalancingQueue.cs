using System.Collections.Concurrent;

namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// The sites waiting for a balancing round and when each is due. A request never postpones a round already due earlier,
/// so a steady stream of events cannot starve a site: the reaction time stays within the debounce plus one round.
/// Fed by the balancer's event reader and by the API when an operator changes a site's capacity.
/// </summary>
internal sealed class SiteBalancingQueue
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _due = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Asks for a round of <paramref name="stationId"/> no later than <paramref name="at"/>.</summary>
    public void Request(string stationId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(stationId);
        _due.AddOrUpdate(stationId, at, (_, existing) => existing <= at ? existing : at);
    }

    /// <summary>Removes and returns the sites due at <paramref name="now"/>.</summary>
    public IReadOnlyList<string> TakeDue(DateTimeOffset now)
    {
        List<string>? due = null;
        foreach (var (site, at) in _due)
        {
            if (at <= now && _due.TryRemove(new KeyValuePair<string, DateTimeOffset>(site, at)))
            {
                (due ??= []).Add(site);
            }
        }

        return due ?? (IReadOnlyList<string>)[];
    }
}
