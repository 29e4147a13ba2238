using SharpCharge.Simulator.Time;

namespace SharpCharge.Simulator.Tests.Run;

public sealed class AcceleratedTimeProviderTests
{
    [Fact]
    public async Task Delay_OfAMinuteAtSpeed600_TakesATenthOfASecond()
    {
        var clock = new AcceleratedTimeProvider(600);
        var startedAt = clock.GetUtcNow();
        var real = TimeProvider.System.GetTimestamp();

        await Task.Delay(TimeSpan.FromMinutes(1), clock);

        Assert.InRange(TimeProvider.System.GetElapsedTime(real).TotalSeconds, 0.09, 5);
        Assert.True(clock.GetUtcNow() - startedAt >= TimeSpan.FromMinutes(1), "simulated time moved a minute");
    }

    [Fact]
    public async Task ShortDelays_NeverEndBeforeTheirSimulatedTime()
    {
        // At 600x a simulated second is 1.7 real milliseconds, as close to the runtime's timer tick as a station's
        // timers get; every one of them must see its whole delay pass on the simulated clock.
        var clock = new AcceleratedTimeProvider(600);
        for (var i = 0; i < 50; i++)
        {
            var startedAt = clock.GetUtcNow();
            await Task.Delay(TimeSpan.FromSeconds(1), clock);
            var moved = clock.GetUtcNow() - startedAt;
            Assert.True(moved >= TimeSpan.FromSeconds(1), $"delay {i} ended after {moved.TotalMilliseconds} simulated ms");
        }
    }

    [Fact]
    public void ATimerTickThatComesEarly_IsHeldBackUntilTheSimulatedDueTime()
    {
        var real = new SteppedClock();
        var clock = new AcceleratedTimeProvider(600, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        Assert.Equal(TimeSpan.FromMilliseconds(100), real.LastDue);

        real.Advance(TimeSpan.FromMilliseconds(98)); // the real timer's tick, two milliseconds early
        real.Fire();
        Assert.Equal(0, fired);
        Assert.InRange(real.LastDue.TotalMilliseconds, 2, 4);

        real.Advance(TimeSpan.FromMilliseconds(3));
        real.Fire();
        Assert.Equal(1, fired);
    }

    [Fact]
    public void APeriodicTimer_FiresOncePerSimulatedPeriod()
    {
        var real = new SteppedClock();
        var clock = new AcceleratedTimeProvider(60, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        for (var tick = 1; tick <= 3; tick++)
        {
            real.Advance(TimeSpan.FromSeconds(1));
            real.Fire();
            Assert.Equal(tick, fired);
        }
    }

    [Fact]
    public void Speed_BelowOne_IsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => new AcceleratedTimeProvider(0.5));

    /// <summary>A real clock the test moves by hand, with one timer the test fires when it chooses.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks;
        private TimerCallback? _callback;
        private object? _state;

        public TimeSpan LastDue { get; private set; }

        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(_ticks);

        public override long GetTimestamp() => _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _callback = callback;
            _state = state;
            return new Timer(this);
        }

        public void Advance(TimeSpan by) => _ticks += by.Ticks;

        public void Fire() => _callback!(_state);

        private sealed class Timer(SteppedClock owner) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                owner.LastDue = dueTime;
                return true;
            }

            public void Dispose() { }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
