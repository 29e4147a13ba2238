namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>One wait for a session that matches; the first match completes <see cref="Matched"/>.</summary>
internal sealed class TransactionWatch : IDisposable
{
    private readonly TransactionSignals _owner;
    private readonly Func<TransactionRecord, bool> _match;
    private readonly TaskCompletionSource<TransactionRecord> _matched = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal TransactionWatch(TransactionSignals owner, Func<TransactionRecord, bool> match)
    {
        _owner = owner;
        _match = match;
    }

    public Task<TransactionRecord> Matched => _matched.Task;

    /// <summary>Waits for the match; null when none came within <paramref name="timeout"/>.</summary>
    public async Task<TransactionRecord?> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            return await _matched.Task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    internal void Offer(TransactionRecord transaction)
    {
        if (!_matched.Task.IsCompleted && _match(transaction))
        {
            _matched.TrySetResult(transaction);
        }
    }

    public void Dispose() => _owner.Remove(this);
}
