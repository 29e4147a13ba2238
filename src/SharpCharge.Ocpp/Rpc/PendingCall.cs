using System.Threading.Tasks.Sources;
using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Rpc;

/// <summary>
/// The one outstanding CALL of a connection (OCPP-J allows one per direction), reused for every call so that
/// waiting for an answer allocates only its timeout's timer. The answer, the timeout, the caller's cancellation and
/// the close of the connection race to complete it; the lock lets exactly one win, and a loser is dropped. The timer
/// exists only while a call is outstanding: a charger connection that is never sent a CALL (most of a fleet, most of
/// the time) holds none, where one kept for the connection's lifetime cost about 150 bytes per charger.
/// </summary>
internal sealed class PendingCall : IValueTaskSource<PendingReply>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private ITimer? _timer;
    private ManualResetValueTaskSourceCore<PendingReply> _core;
    private string? _messageId;
    private OcppAction? _action;
    private DateTimeOffset _deadline;
    private bool _armed;

    public PendingCall(TimeProvider time)
    {
        _time = time;
        // Continuations run on the thread pool: the receive loop must never run the caller's code.
        _core = new ManualResetValueTaskSourceCore<PendingReply> { RunContinuationsAsynchronously = true };
    }

    /// <summary>Starts waiting for the answer to <paramref name="messageId"/>; the previous wait must have been consumed.</summary>
    public ValueTask<PendingReply> Arm(string messageId, OcppAction action, TimeSpan timeout)
    {
        short version;
        lock (_gate)
        {
            _core.Reset();
            version = _core.Version;
            _messageId = messageId;
            _action = action;
            _deadline = _time.GetUtcNow() + timeout;
            _armed = true;
            _timer = _time.CreateTimer(static state => ((PendingCall)state!).OnTimer(), this, timeout, Timeout.InfiniteTimeSpan);
        }

        return new ValueTask<PendingReply>(this, version);
    }

    /// <summary>The awaited id and action, read together.</summary>
    public bool TryGetAwaited(out string messageId, out OcppAction action)
    {
        lock (_gate)
        {
            messageId = _messageId!;
            action = _action!;
            return _armed;
        }
    }

    /// <summary>Ends the wait for <paramref name="messageId"/> (null: whatever is awaited). False when that wait already ended.</summary>
    public bool TryComplete(string? messageId, PendingReply reply)
    {
        ITimer? timer;
        lock (_gate)
        {
            if (!_armed || (messageId is not null && !string.Equals(messageId, _messageId, StringComparison.Ordinal)))
            {
                return false;
            }

            _armed = false;
            _messageId = null;
            _action = null;
            timer = _timer;
            _timer = null;
        }

        timer?.Dispose();
        _core.SetResult(reply);
        return true;
    }

    public PendingReply GetResult(short token) => _core.GetResult(token);

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
        => _core.OnCompleted(continuation, state, token, flags);

    public void Dispose()
    {
        ITimer? timer;
        lock (_gate)
        {
            timer = _timer;
            _timer = null;
        }

        timer?.Dispose();
    }

    private void OnTimer()
    {
        string? id;
        lock (_gate)
        {
            if (!_armed)
            {
                return;
            }

            // The timer measures elapsed time on a coarser clock than GetUtcNow, so it may fire a little before the
            // deadline; a tick scheduled for an earlier call may also fire after a new one was armed. Either way
            // the wait is not over yet: set the timer again for what is left rather than drop the timeout.
            var left = _deadline - _time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                _timer?.Change(left, Timeout.InfiniteTimeSpan);
                return;
            }

            id = _messageId;
        }

        TryComplete(id, PendingReply.TimedOut);
    }
}
