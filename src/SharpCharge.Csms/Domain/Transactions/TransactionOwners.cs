using System.Collections.Concurrent;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// Which charger each recently seen transaction belongs to, so a MeterValues call for a running session does not read
/// the transaction back before writing (measured in docs/benchmarks.md). Only facts that never change are kept: ids are
/// never reused and a transaction never moves to another charger, so an entry stays true on every node of a cluster and
/// needs no invalidation. Entries are added only after the write that made them true committed (an id handed out by a
/// rolled-back insert can be handed out again). A miss costs one read; when full, the map starts over.
/// </summary>
internal sealed class TransactionOwners
{
    /// <summary>About 100 bytes an entry: a few MiB for a node's running sessions, far below its connections.</summary>
    public const int DefaultCapacity = 50_000;

    private readonly ConcurrentDictionary<long, string> _owners = new();
    private readonly int _capacity;

    public TransactionOwners(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>True when the transaction is known to belong to <paramref name="chargerId"/>.</summary>
    public bool IsOwnedBy(long transactionId, string chargerId) =>
        _owners.TryGetValue(transactionId, out var owner) && string.Equals(owner, chargerId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Records a committed fact: the transaction belongs to <paramref name="chargerId"/>.</summary>
    public void Remember(long transactionId, string chargerId)
    {
        if (_owners.Count >= _capacity)
        {
            // Simpler than an eviction order, and cheap: running sessions come back with their next message's read.
            _owners.Clear();
        }

        _owners[transactionId] = chargerId;
    }
}
