using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Csms.Tests.Domain.Security;

public sealed class LoginThrottleTests
{
    private readonly TestClock _clock = new();

    private LoginThrottle Create(TimeSpan? window = null) => new(
        new SecurityOptions { LockoutDuration = TimeSpan.FromSeconds(30), MaxLockoutDuration = TimeSpan.FromMinutes(2), FailureWindow = window ?? TimeSpan.FromMinutes(15) },
        _clock);

    [Fact]
    public void Failures_BelowTheThreshold_DoNotLock()
    {
        var throttle = Create();

        Assert.Null(throttle.Failed("charger:CP-1", 3));
        Assert.Null(throttle.Failed("charger:CP-1", 3));

        Assert.Null(throttle.LockedFor("charger:CP-1"));
    }

    [Fact]
    public void ReachingTheThreshold_Locks_ThenEachFurtherFailureDoublesUpToTheMaximum()
    {
        var throttle = Create();
        throttle.Failed("k", 3);
        throttle.Failed("k", 3);

        Assert.Equal(TimeSpan.FromSeconds(30), throttle.Failed("k", 3));
        Assert.Equal(TimeSpan.FromSeconds(30), throttle.LockedFor("k"));
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromSeconds(20), throttle.LockedFor("k"));
        Assert.Equal(TimeSpan.FromSeconds(60), throttle.Failed("k", 3));
        Assert.Equal(TimeSpan.FromSeconds(120), throttle.Failed("k", 3));
        Assert.Equal(TimeSpan.FromSeconds(120), throttle.Failed("k", 3));
        _clock.Advance(TimeSpan.FromSeconds(121));
        Assert.Null(throttle.LockedFor("k"));
    }

    [Fact]
    public void Success_ForgetsTheFailures()
    {
        var throttle = Create();
        throttle.Failed("k", 2);
        throttle.Succeeded("k");

        Assert.Null(throttle.Failed("k", 2));
    }

    [Fact]
    public void FailuresOlderThanTheWindow_AreForgotten()
    {
        var throttle = Create(TimeSpan.FromMinutes(1));
        throttle.Failed("k", 2);
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(throttle.Failed("k", 2));
        Assert.NotNull(throttle.Failed("k", 2));
    }

    [Fact]
    public void ThresholdZero_NeverLocks()
    {
        var throttle = Create();
        for (var i = 0; i < 50; i++)
        {
            Assert.Null(throttle.Failed("k", 0));
        }

        Assert.Null(throttle.LockedFor("k"));
    }

    [Fact]
    public void Keys_AreCountedSeparately_IgnoringCase()
    {
        var throttle = Create();
        throttle.Failed("charger:CP-1", 2);
        throttle.Failed("charger:cp-1", 2);

        Assert.NotNull(throttle.LockedFor("charger:CP-1"));
        Assert.Null(throttle.LockedFor("charger:CP-2"));
    }
}
