using System.Data.Common;

namespace SharpCharge.Csms.Storage;

/// <summary>
/// The database transaction of one group commit, and the statements its items left to send together: a server
/// database pays a network round trip per send, and the writer waits for each, so statements whose results are not
/// needed before the commit (the MeterValues of running sessions) go out as one <see cref="DbBatch"/>. The writer sends
/// them before any item that runs statements of its own and before the commit, so they run in the order queued, and a
/// failure among them fails the whole group commit (which the writer then retries item by item). Owned by the writer
/// loop for one transaction; not thread-safe.
/// </summary>
internal sealed class GroupCommitContext : IAsyncDisposable
{
    private readonly int _timeoutSeconds;
    private readonly List<Action<DbBatch>> _onSent = [];
    private DbBatch? _batch;

    public GroupCommitContext(DbConnection connection, DbTransaction transaction, int timeoutSeconds, PreparedStatementCache? statements = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        Connection = connection;
        Transaction = transaction;
        _timeoutSeconds = timeoutSeconds;
        Statements = statements;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>
    /// Commands kept prepared on the writer's long-lived connection (SQLite), or null where each group commit has a
    /// connection of its own: then statements are created per use.
    /// </summary>
    public PreparedStatementCache? Statements { get; }

    /// <summary>False where the provider has no batches (SQLite: no round trips to save); run statements at once then.</summary>
    public bool CanDefer => Connection.CanCreateBatch;

    /// <summary>
    /// The batch to append statements to; <paramref name="onSent"/> runs once it was executed (read
    /// <see cref="DbBatchCommand.RecordsAffected"/> there).
    /// </summary>
    public DbBatch Defer(Action<DbBatch> onSent)
    {
        ArgumentNullException.ThrowIfNull(onSent);
        if (_batch is null)
        {
            _batch = Connection.CreateBatch();
            _batch.Transaction = Transaction;
            _batch.Timeout = _timeoutSeconds;
        }

        _onSent.Add(onSent);
        return _batch;
    }

    /// <summary>Sends the deferred statements, if any, in one round trip.</summary>
    public async Task SendAsync(CancellationToken cancellationToken)
    {
        if (_batch is not { } batch)
        {
            return;
        }

        _batch = null;
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            foreach (var onSent in _onSent)
            {
                onSent(batch);
            }
        }
        finally
        {
            _onSent.Clear();
            await batch.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_batch is not null)
        {
            await _batch.DisposeAsync().ConfigureAwait(false);
            _batch = null;
        }
    }
}
