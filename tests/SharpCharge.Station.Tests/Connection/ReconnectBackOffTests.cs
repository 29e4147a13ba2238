using SharpCharge.Station.Connection;

namespace SharpCharge.Station.Tests.Connection;

public sealed class ReconnectBackOffTests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §5.3 RetryBackOff*")]
    public void NextWait_DoublesTheFixedPartRepeatTimesThenStaysWithJitterOnTop()
    {
        var options = new ReconnectBackOffOptions { MinimumWait = TimeSpan.FromSeconds(30), RandomRange = TimeSpan.FromSeconds(10), RepeatTimes = 3 };
        var backOff = new ReconnectBackOff(options, new Random(7));

        var waits = Enumerable.Range(0, 6).Select(_ => backOff.NextWait().TotalSeconds).ToArray();

        double[] fixedParts = [30, 60, 120, 240, 240, 240];
        for (var i = 0; i < waits.Length; i++)
        {
            Assert.InRange(waits[i], fixedParts[i], fixedParts[i] + 10);
        }
    }

    [Fact]
    public void NextWait_SameSeed_SameWaits()
    {
        var options = new ReconnectBackOffOptions();
        var first = new ReconnectBackOff(options, new Random(3));
        var second = new ReconnectBackOff(options, new Random(3));

        Assert.Equal(first.NextWait(), second.NextWait());
        Assert.Equal(first.NextWait(), second.NextWait());
    }

    [Fact]
    public void Reset_StartsAgainFromTheMinimum()
    {
        var options = new ReconnectBackOffOptions { MinimumWait = TimeSpan.FromSeconds(1), RandomRange = TimeSpan.Zero, RepeatTimes = 5 };
        var backOff = new ReconnectBackOff(options, new Random(1));
        backOff.NextWait();
        backOff.NextWait();

        backOff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backOff.NextWait());
    }
}
