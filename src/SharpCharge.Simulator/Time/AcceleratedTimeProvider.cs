namespace SharpCharge.Simulator.Time;

/// <summary>
/// A clock that runs <see cref="Speed"/> times faster than the real one: simulated time starts at the real
/// time of creation and moves <see cref="Speed"/> seconds per real second; timers fire after their due time
/// divided by the speed. Stations take it as their <see cref="TimeProvider"/>, so meter intervals, heartbeats
/// and the EV model all run accelerated together.
/// </summary>
internal sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly DateTimeOffset _origin;
    private readonly long _originTimestamp;

    public AcceleratedTimeProvider(double speed, TimeProvider? real = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speed, 1.0);
        Speed = speed;
        _real = real ?? System;
        _origin = _real.GetUtcNow();
        _originTimestamp = _real.GetTimestamp();
    }

    public double Speed { get; }

    public override DateTimeOffset GetUtcNow() => _origin + (_real.GetElapsedTime(_originTimestamp) * Speed);

    public override long GetTimestamp() => _real.GetTimestamp();

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        => new ScaledTimer(this, callback, state, dueTime, period);

    /// <summary>Real time for a simulated span; infinite stays infinite.</summary>
    internal TimeSpan Scale(TimeSpan simulated)
        => simulated == Timeout.InfiniteTimeSpan || simulated <= TimeSpan.Zero ? simulated : simulated / Speed;

    /// <summary>
    /// A real timer at the scaled due time that never fires before the simulated due time. The runtime's timers
    /// work on a millisecond tick that may run up to a few milliseconds ahead of the high-resolution clock this
    /// clock reads, and at a speed of 600 one millisecond early is 0.6 simulated seconds early: a station would see
    /// its meter interval end before the interval had passed. A tick that comes early is therefore re-armed for
    /// the rest instead of being delivered.
    /// </summary>
    private sealed class ScaledTimer : ITimer
    {
        private static readonly TimeSpan s_rearmSlack = TimeSpan.FromMilliseconds(1);

        private readonly AcceleratedTimeProvider _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _inner;
        private readonly Lock _gate = new();
        private DateTimeOffset _nextDue = DateTimeOffset.MaxValue;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public ScaledTimer(AcceleratedTimeProvider clock, TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            _inner = clock._real.CreateTimer(static self => ((ScaledTimer)self!).OnTick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Change(dueTime, period);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                _period = period;
                _nextDue = dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : _clock.GetUtcNow() + dueTime;
                return _inner.Change(_clock.Scale(dueTime), _clock.Scale(period));
            }
        }

        public void Dispose() => _inner.Dispose();

        public ValueTask DisposeAsync() => _inner.DisposeAsync();

        private void OnTick()
        {
            lock (_gate)
            {
                var early = _nextDue - _clock.GetUtcNow();
                if (early > TimeSpan.Zero)
                {
                    _inner.Change(_clock.Scale(early) + s_rearmSlack, _clock.Scale(_period));
                    return;
                }

                _nextDue = _period == Timeout.InfiniteTimeSpan || _period <= TimeSpan.Zero ? DateTimeOffset.MaxValue : _nextDue + _period;
            }

            _callback(_state);
        }
    }
}
