using System.Collections.Concurrent;

namespace SharpCharge.Csms.Cluster.Ownership;

/// <summary>
/// The chargers connected to this node as the cluster knows them: added when a session has gone online, removed when
/// that same session ends (a newer session of the charger here replaces the entry, and the older one's end leaves it).
/// Each lease renewal writes them to PostgreSQL again, repairing an ownership row or an online flag that a racing
/// write elsewhere took away.
/// </summary>
internal sealed class HeldChargers
{
    private readonly ConcurrentDictionary<string, HeldCharger> _held = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _held.Count;

    public void Add(HeldCharger charger)
    {
        ArgumentNullException.ThrowIfNull(charger);
        _held[charger.ChargerId] = charger;
    }

    /// <summary>
    /// Forgets the charger if its entry is the connection that went online at <paramref name="connectedAt"/>; null
    /// (the connection never went online) forgets whatever entry there is, as no other session of it is here then.
    /// </summary>
    public void Remove(string chargerId, DateTimeOffset? connectedAt)
    {
        if (connectedAt is null)
        {
            _held.TryRemove(chargerId, out _);
        }
        else if (_held.TryGetValue(chargerId, out var held) && held.ConnectedAt == connectedAt)
        {
            _held.TryRemove(new KeyValuePair<string, HeldCharger>(chargerId, held));
        }
    }

    public IReadOnlyList<HeldCharger> Snapshot() => [.. _held.Values];
}
