using SharpCharge.Simulator.Load;

namespace SharpCharge.Simulator.Tests.Load;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Percentiles_OfKnownValues_AreWithinThreePercent()
    {
        var histogram = new LatencyHistogram();
        for (var ms = 1; ms <= 1000; ms++)
        {
            histogram.Record(TimeSpan.FromMilliseconds(ms));
        }

        Assert.Equal(1000, histogram.Count);
        Assert.InRange(histogram.PercentileMs(50), 500, 500 * 1.031);
        Assert.InRange(histogram.PercentileMs(99), 990, 990 * 1.031);
        Assert.InRange(histogram.PercentileMs(100), 1000, 1000 * 1.031);
    }

    [Fact]
    public void Buckets_CoverEveryValueWithoutGaps()
    {
        for (long micros = 0; micros < 200_000; micros += 7)
        {
            var index = LatencyHistogram.IndexOf(micros);
            Assert.True(LatencyHistogram.UpperBoundMicros(index) >= micros, $"{micros} µs lands in a bucket ending at {LatencyHistogram.UpperBoundMicros(index)}");
            Assert.True(index == 0 || LatencyHistogram.UpperBoundMicros(index - 1) < micros, $"{micros} µs also fits the bucket before");
        }
    }

    [Fact]
    public void Subtract_GivesTheIntervalOnly()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(TimeSpan.FromMilliseconds(100));
        var before = histogram.Snapshot();
        histogram.Record(TimeSpan.FromMilliseconds(2));

        var window = LatencyHistogram.Subtract(histogram.Snapshot(), before);

        Assert.InRange(LatencyHistogram.PercentileMs(window, 100), 2, 2.1);
        Assert.Equal(0, LatencyHistogram.PercentileMs(new long[window.Length], 50));
    }
}
