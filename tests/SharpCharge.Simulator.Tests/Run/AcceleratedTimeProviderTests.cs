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
        Assert.True(clock.GetUtcNow() - startedAt >= TimeSpan.FromSeconds(59), "simulated time moved a minute");
    }

    [Fact]
    public void Speed_BelowOne_IsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => new AcceleratedTimeProvider(0.5));
}
