namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// Tells whoever waits that a session started, changed or ended on this node: a remote start waits for the session the
/// charger starts, a remote stop for the session's end. The transaction service publishes each new write; with nobody
/// watching, publishing costs one volatile read.
/// </summary>
internal sealed class TransactionSignals
{
    // Watches are few (one per command waiting for a charger) and short-lived, so a list under a lock is enough.
    private readonly Lock _gate = new();
    private readonly List<TransactionWatch> _watches = [];
    private int _count;

    public bool IsWatched => Volatile.Read(ref _count) > 0;

    /// <summary>Starts watching for a session that matches; dispose the watch when done waiting.</summary>
    public TransactionWatch Watch(Func<TransactionRecord, bool> match)
    {
        var watch = new TransactionWatch(this, match);
        lock (_gate)
        {
            _watches.Add(watch);
            _count = _watches.Count;
        }

        return watch;
    }

    public void Publish(TransactionRecord transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (!IsWatched)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var watch in _watches)
            {
                watch.Offer(transaction);
            }
        }
    }

    internal void Remove(TransactionWatch watch)
    {
        lock (_gate)
        {
            _watches.Remove(watch);
            _count = _watches.Count;
        }
    }
}
