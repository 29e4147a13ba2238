using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Storage;

/// <summary>
/// Group commit for transaction-related writes. Callers enqueue work and await it; one background loop takes
/// everything queued (up to <see cref="StorageOptions.GroupCommitMaxBatchSize"/>), runs it item by item in ONE
/// database transaction, commits, and only then releases every waiter, so an acknowledged write is durable and the
/// cost of a commit (an fsync) is shared by the whole batch. If the batch fails, it is rolled back and each item is
/// retried in its own transaction, so one bad write fails alone. Items run strictly one after another, which also
/// makes each item's read-then-write atomic with respect to the others.
/// <para>
/// Measured on the shared 2-core development machine (other builds running, so ranges over five runs; 64 concurrent
/// callers sending 1.6 StartTransaction writes; <c>GroupCommitThroughputTests</c> prints the figures):
/// SQLite file (WAL, synchronous = FULL): one commit per write 240-600 writes/s, group commit 1,600-3,250 writes/s;
/// PostgreSQL 15 on loopback: one commit per write 330-860 writes/s, group commit 1,000-2,060 writes/s.
/// Past the fsync, a batch is bounded by the four statements each start runs one after another (about 0.5 ms per
/// item on PostgreSQL). Work that needs no result before the commit (a running session's MeterValues) leaves its
/// statements in the <see cref="GroupCommitContext"/>, which sends them in one round trip.
/// </para>
/// <para>
/// On SQLite (<see cref="SqlDialect.WriterKeepsConnection"/>) the writer keeps one connection for its whole life, the
/// only one that writes, with its hot statements prepared once (<see cref="WriterConnection"/>); elsewhere each group
/// commit takes a connection from the pool.
/// </para>
/// </summary>
internal sealed partial class GroupCommitWriter : BackgroundService
{
    private readonly Channel<GroupCommitItem> _queue;
    private readonly SqlDialect _dialect;
    private readonly int _maxBatchSize;
    private readonly ILogger<GroupCommitWriter> _logger;
    private readonly Diagnostics.CsmsMetrics? _metrics;

    // Only the writer loop touches it: one batch at a time.
    private WriterConnection? _kept;

    public GroupCommitWriter(SqlDialect dialect, IOptions<StorageOptions> options, ILogger<GroupCommitWriter> logger, Diagnostics.CsmsMetrics? metrics = null)
    {
        _metrics = metrics;
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _dialect = dialect;
        _logger = logger;
        _maxBatchSize = options.Value.GroupCommitMaxBatchSize;
        _queue = Channel.CreateBounded<GroupCommitItem>(new BoundedChannelOptions(options.Value.GroupCommitQueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>
    /// Queues <paramref name="work"/> and completes after the transaction that ran it committed. Cancelling gives up
    /// the wait only while the item has not started; once started, it runs to the end of its batch. Throws
    /// <see cref="ChannelClosedException"/> after shutdown began.
    /// </summary>
    public Task<T> EnqueueAsync<T>(
        Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return EnqueueAsync(new GroupCommitItem<T>((context, ct) => work(context.Connection, context.Transaction, ct), false, cancellationToken));
    }

    /// <summary>
    /// <see cref="EnqueueAsync{T}(Func{DbConnection, DbTransaction, CancellationToken, Task{T}}, CancellationToken)"/>
    /// for work that may leave statements in the <see cref="GroupCommitContext"/> to be sent with the others of its
    /// group commit, and sends them itself (<see cref="GroupCommitContext.SendAsync"/>) before running statements of its own.
    /// </summary>
    public Task<T> EnqueueAsync<T>(Func<GroupCommitContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        EnqueueAsync(new GroupCommitItem<T>(work, true, cancellationToken));

    private async Task<T> EnqueueAsync<T>(GroupCommitItem<T> item)
    {
        await _queue.Writer.WriteAsync(item, item.CallerToken).ConfigureAwait(false);
        return await item.Task.ConfigureAwait(false);
    }

    /// <summary>
    /// <see cref="EnqueueAsync{T}"/> for the small writes every connection makes (online, boot, status): they share
    /// commits with everything else, and on SQLite they no longer compete with the writer for the database lock
    /// (a losing writer sleeps in SQLite's busy handler). Once shutdown has closed the queue, the work runs in a
    /// transaction of its own, so a charger that disconnects while the server stops is still marked offline.
    /// </summary>
    public Task<T> WriteAsync<T>(
        Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WriteAsync(new GroupCommitItem<T>((context, ct) => work(context.Connection, context.Transaction, ct), false, cancellationToken));
    }

    /// <summary>
    /// <see cref="WriteAsync{T}(Func{DbConnection, DbTransaction, CancellationToken, Task{T}}, CancellationToken)"/> for
    /// work that may leave its statements in the <see cref="GroupCommitContext"/>, to be sent with the others of its
    /// group commit.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<GroupCommitContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WriteAsync(new GroupCommitItem<T>(work, true, cancellationToken));
    }

    private async Task<T> WriteAsync<T>(GroupCommitItem<T> item)
    {
        try
        {
            return await EnqueueAsync(item).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            var cancellationToken = item.CallerToken;
            await using var connection = await _dialect.OpenWriterConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await _dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var context = new GroupCommitContext(connection, transaction, _dialect.CommandTimeoutSeconds);
            await item.ExecuteAsync(context, cancellationToken).ConfigureAwait(false);
            await context.SendAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            item.Complete();
            return await item.Task.ConfigureAwait(false);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // No new writes; the loop drains what is queued and ends, then the base waits for it (or the host's timeout).
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // stoppingToken is deliberately not used to stop reading: queued writes have callers waiting for them, and
        // StopAsync ends the loop by completing the channel once they are done.
        var batch = new List<GroupCommitItem>(_maxBatchSize);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (batch.Count < _maxBatchSize && reader.TryRead(out var item))
                {
                    if (!item.TryCancel())
                    {
                        batch.Add(item);
                    }
                }

                if (batch.Count > 0)
                {
                    await CommitBatchAsync(batch).ConfigureAwait(false);
                    batch.Clear();
                }
            }
        }
        finally
        {
            await DropWriterConnectionAsync().ConfigureAwait(false);
        }

        Log.WriterStopped(_logger);
    }

    private async Task CommitBatchAsync(List<GroupCommitItem> batch)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await RunAsync(batch).ConfigureAwait(false);
            _metrics?.BatchCommitted(batch.Count, started);
            foreach (var item in batch)
            {
                item.Complete();
            }

            Log.BatchCommitted(_logger, batch.Count);
            return;
        }
        catch (Exception exception) when (batch.Count > 1)
        {
            Log.BatchFailed(_logger, exception, batch.Count);
        }
        catch (Exception exception)
        {
            Log.WriteFailed(_logger, exception);
            batch[0].Fail(exception);
            return;
        }

        // Retry one by one: the items that succeed commit; each failure goes to its own caller only.
        var single = new List<GroupCommitItem>(1);
        foreach (var item in batch)
        {
            single.Add(item);
            try
            {
                await RunAsync(single).ConfigureAwait(false);
                item.Complete();
            }
            catch (Exception exception)
            {
                Log.WriteFailed(_logger, exception);
                item.Fail(exception);
            }

            single.Clear();
        }
    }

    private async Task RunAsync(List<GroupCommitItem> items)
    {
        if (!_dialect.WriterKeepsConnection)
        {
            await using var connection = await _dialect.OpenWriterConnectionAsync(CancellationToken.None).ConfigureAwait(false);
            await RunInTransactionAsync(connection, null, items).ConfigureAwait(false);
            return;
        }

        var kept = _kept ??= new WriterConnection(
            await _dialect.OpenWriterConnectionAsync(CancellationToken.None).ConfigureAwait(false), _dialect.CommandTimeoutSeconds);
        try
        {
            await RunInTransactionAsync(kept.Connection, kept.Statements, items).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The transaction is rolled back by now (or its rollback failed with the connection). A write that broke a
            // constraint leaves the connection and its statements as good as before; anything else may have broken
            // the connection, so the next group commit opens a new one rather than failing on this one forever.
            if (!kept.IsOpen || !_dialect.LeavesConnectionUsable(exception))
            {
                Log.WriterConnectionReplaced(_logger, exception);
                await DropWriterConnectionAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    private async Task RunInTransactionAsync(DbConnection connection, PreparedStatementCache? statements, List<GroupCommitItem> items)
    {
        await using var transaction = await _dialect.BeginWriteTransactionAsync(connection, CancellationToken.None)
            .ConfigureAwait(false);
        await using var context = new GroupCommitContext(connection, transaction, _dialect.CommandTimeoutSeconds, statements);
        foreach (var item in items)
        {
            if (!item.UsesDeferredStatements)
            {
                await context.SendAsync(CancellationToken.None).ConfigureAwait(false);
            }

            await item.ExecuteAsync(context, CancellationToken.None).ConfigureAwait(false);
        }

        await context.SendAsync(CancellationToken.None).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private async Task DropWriterConnectionAsync()
    {
        if (_kept is not { } kept)
        {
            return;
        }

        _kept = null;
        try
        {
            await kept.DisposeAsync().ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            // Closing a broken connection may fail too; it is dropped either way.
            Log.WriterConnectionReplaced(_logger, exception);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(StorageEventIds.BatchFailed, LogLevel.Warning,
            "A group commit of {Count} writes failed; retrying each write on its own", EventName = "GroupCommitBatchFailed")]
        public static partial void BatchFailed(ILogger logger, Exception exception, int count);

        [LoggerMessage(StorageEventIds.WriteFailed, LogLevel.Error,
            "A transaction write failed; its caller gets the error", EventName = "GroupCommitWriteFailed")]
        public static partial void WriteFailed(ILogger logger, Exception exception);

        [LoggerMessage(StorageEventIds.BatchCommitted, LogLevel.Trace,
            "Committed {Count} transaction writes together", EventName = "GroupCommitBatchCommitted")]
        public static partial void BatchCommitted(ILogger logger, int count);

        [LoggerMessage(StorageEventIds.WriterConnectionReplaced, LogLevel.Warning,
            "The group-commit writer drops its connection after a failure; the next group commit opens a new one",
            EventName = "GroupCommitWriterConnectionReplaced")]
        public static partial void WriterConnectionReplaced(ILogger logger, Exception exception);

        [LoggerMessage(StorageEventIds.WriterStopped, LogLevel.Debug,
            "The group-commit writer drained its queue and stopped", EventName = "GroupCommitWriterStopped")]
        public static partial void WriterStopped(ILogger logger);
    }
}
