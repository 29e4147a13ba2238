namespace SharpCharge.Station.Tests.Support;

/// <summary>
/// The system clock plus an offset a test moves forward, for tests against a real server: timers run in real
/// time, while timestamps (meter samples) can be told apart. The central system drops a second sample with
/// the same timestamp as a replay.
/// </summary>
internal sealed class SteppingTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Skip(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
