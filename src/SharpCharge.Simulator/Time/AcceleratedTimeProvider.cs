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
        => new ScaledTimer(_real.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    /// <summary>Real time for a simulated span; infinite stays infinite.</summary>
    internal TimeSpan Scale(TimeSpan simulated)
        => simulated == Timeout.InfiniteTimeSpan || simulated <= TimeSpan.Zero ? simulated : simulated / Speed;

    private sealed class ScaledTimer(ITimer inner, AcceleratedTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
