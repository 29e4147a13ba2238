using System.Collections.Concurrent;

namespace SharpCharge.Csms.Cluster.Ownership;

/// <summary>
/// This node's picture of which node holds each charger, so that routing a command and answering
/// <c>ConnectedVersion</c> need no database round trip. Loaded from PostgreSQL at start, then kept current by this
/// node's own connects and the connect/disconnect events of the others. It is a hint: the router checks a miss or a
/// stale entry against PostgreSQL, and the owner itself says when a charger is no longer there.
/// </summary>
internal sealed class ClusterDirectory
{
    private readonly ConcurrentDictionary<string, ChargerOwner> _owners = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _owners.Count;

    public ChargerOwner? Find(string chargerId) => _owners.TryGetValue(chargerId, out var owner) ? owner : null;

    public void Set(ChargerOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        _owners[owner.ChargerId] = owner;
    }

    /// <summary>Forgets the charger if <paramref name="nodeId"/> is the node the entry names.</summary>
    public void Remove(string chargerId, string nodeId)
    {
        if (_owners.TryGetValue(chargerId, out var owner) && owner.NodeId == nodeId)
        {
            _owners.TryRemove(new KeyValuePair<string, ChargerOwner>(chargerId, owner));
        }
    }

    /// <summary>Forgets every charger of a node that died or left.</summary>
    public void RemoveNode(string nodeId)
    {
        foreach (var pair in _owners)
        {
            if (pair.Value.NodeId == nodeId)
            {
                _owners.TryRemove(pair);
            }
        }
    }

    /// <summary>Replaces the whole picture (at start).</summary>
    public void Load(IEnumerable<ChargerOwner> owners)
    {
        ArgumentNullException.ThrowIfNull(owners);
        _owners.Clear();
        foreach (var owner in owners)
        {
            _owners[owner.ChargerId] = owner;
        }
    }
}
