using System.Threading.Channels;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Station.Queue;

/// <summary>
/// The station's ordered outbox (OCPP-NOTES §1.7): transaction messages and status reports wait here, are sent
/// one at a time in order while the station is online and accepted, and stay queued through disconnects. A
/// message leaves only when the central system answered it, or when it answered with a CALLERROR
/// <see cref="RetryPolicy"/> times. A timeout or a closed connection leaves it at the head: the station drops the
/// connection (OCPP-NOTES §1.5) and replays it after reconnecting.
/// </summary>
/// <remarks>
/// With a <see cref="QueueFileStore"/>, a transaction message is written to the file before it counts as queued and
/// retired there when it leaves; messages restored from the file are queued first, as waiting through a disconnect.
/// </remarks>
internal sealed class OutboundQueue(int capacity, TimeProvider time, Action<string, StationEventKind, string?> report, QueueFileStore? store = null)
{
    /// <summary>
    /// Read before every retry decision: attempts (1.6 TransactionMessageAttempts / 2.x MessageAttempts[TransactionEvent])
    /// and the interval the n-th resend waits n times (TransactionMessageRetryInterval). Default 3 and 10 s.
    /// </summary>
    public Func<(int MaxAttempts, TimeSpan RetryInterval)> RetryPolicy { get; init; } = static () => (3, TimeSpan.FromSeconds(10));

    // The list is touched by producers (any thread) and the single drainer; the lock keeps them apart.
    private readonly Lock _gate = new();
    private readonly LinkedList<QueuedMessage> _messages = new();
    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private QueuedMessage? _inFlight;
    private TaskCompletionSource? _empty;
    private bool _online;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _messages.Count;
            }
        }
    }

    public void Enqueue(QueuedMessage message)
    {
        QueuedMessage? dropped = null;
        string? notPersisted = null;
        lock (_gate)
        {
            // A message restored from the queue file waited through a restart: it was held offline.
            message.Offline = !_online || message.StoreSeq != 0;
            if (message.CoalesceKey is { } key && _messages.Any(m => m.CoalesceKey == key && !ReferenceEquals(m, _inFlight)))
            {
                // The waiting report reads the connector's state when it is sent: it already says the newest.
                return;
            }

            if (_messages.Count >= capacity)
            {
                // Bounded: make room by dropping the oldest message that is not a transaction start or end (nor
                // the one being sent); when there is none, the new message is the one dropped.
                dropped = _messages.FirstOrDefault(m => m.Kind != MessageKind.TransactionBoundary && !ReferenceEquals(m, _inFlight)) ?? message;
                _messages.Remove(dropped);
            }

            if (!ReferenceEquals(dropped, message))
            {
                notPersisted = Persist(message);
                _messages.AddLast(message);
            }

            if (dropped is not null)
            {
                Retire(dropped);
            }
        }

        if (dropped is not null)
        {
            report(dropped.Action, StationEventKind.MessageDropped, "queue full");
        }

        if (ReferenceEquals(dropped, message))
        {
            return;
        }

        report(message.Action, StationEventKind.MessageQueued, notPersisted);
        _doorbell.Writer.TryWrite(true);
    }

    /// <summary>Whether transaction messages wait to be sent: of the transaction with that local id, or of any when null (2.x E14).</summary>
    public bool HoldsTransactionMessages(string? transactionKey)
    {
        lock (_gate)
        {
            return _messages.Any(m => m.TransactionRelated && (transactionKey is null || m.Durable?.TransactionKey == transactionKey));
        }
    }

    /// <summary>The station lost its connection: everything still waiting was generated or held offline (2.x E04).</summary>
    public void GoOffline()
    {
        lock (_gate)
        {
            _online = false;
            foreach (var message in _messages)
            {
                message.Offline |= message.TransactionRelated;
            }
        }
    }

    /// <summary>Sends queued messages in order until cancelled; throws when the connection fails.</summary>
    public async Task DrainAsync(OcppConnection connection, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _online = true;
        }

        while (true)
        {
            QueuedMessage? next;
            lock (_gate)
            {
                next = _messages.First?.Value;
                _inFlight = next;
            }

            if (next is null)
            {
                await _doorbell.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            try
            {
                await next.SendAsync(connection, next.Offline, cancellationToken).ConfigureAwait(false);
                Remove(next);
                report(next.Action, StationEventKind.MessageDelivered, next.Offline ? "offline" : null);
            }
            catch (OcppCallException e)
            {
                next.FailedAttempts++;
                var (maxAttempts, retryInterval) = RetryPolicy();
                if (next.FailedAttempts >= maxAttempts || !next.TransactionRelated)
                {
                    Remove(next);
                    report(next.Action, StationEventKind.MessageDropped, e.ErrorCode.ToString());
                }
                else
                {
                    await Task.Delay(retryInterval * next.FailedAttempts, time, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                lock (_gate)
                {
                    _inFlight = null;
                }
            }
        }
    }

    /// <summary>Completes when nothing waits any more (a Reset lets the queue empty before closing).</summary>
    public Task WhenEmptyAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_messages.Count == 0)
            {
                return Task.CompletedTask;
            }

            _empty ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _empty.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Writes a transaction message to the queue file; under the lock, so the file keeps the queue's order. Returns why it could not.</summary>
    private string? Persist(QueuedMessage message)
    {
        if (store is null || message.Durable is not { } durable || message.StoreSeq != 0)
        {
            return null;
        }

        try
        {
            message.StoreSeq = store.Append(message.Action, message.Kind, durable.TransactionKey, durable.EvseId, durable.Payload()).Seq;
            return null;
        }
        catch (IOException e)
        {
            // The disk failed: keep the message in memory (it is still sent) and say it would not survive a restart.
            return "not persisted: " + e.Message;
        }
    }

    private void Retire(QueuedMessage message)
    {
        if (store is null || message.StoreSeq == 0)
        {
            return;
        }

        try
        {
            store.Complete(message.StoreSeq);
        }
        catch (IOException)
        {
            // Not retired in the file: after a restart it is sent once more, which the central system must tolerate anyway.
        }
    }

    private void Remove(QueuedMessage message)
    {
        TaskCompletionSource? empty = null;
        lock (_gate)
        {
            _messages.Remove(message);
            Retire(message);
            if (_messages.Count == 0)
            {
                (empty, _empty) = (_empty, null);
            }
        }

        empty?.TrySetResult();
    }
}
