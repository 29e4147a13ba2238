namespace SharpCharge.Simulator.Load;

/// <summary>
/// Round-trip times in an HDR-style histogram: values in microseconds fall into buckets of 32 per power of two,
/// so every recorded value is known within about 3 % from 1 µs to an hour, in a fixed 1,120 counters. Recording
/// is one interlocked increment from any thread; percentiles walk the counters.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int SubBucketBits = 5;
    private const int SubBuckets = 1 << SubBucketBits;
    private const int Magnitudes = 35;

    private readonly long[] _counts = new long[SubBuckets * Magnitudes];

    public long Count
    {
        get
        {
            long total = 0;
            foreach (ref readonly var c in _counts.AsSpan())
            {
                total += Volatile.Read(in c);
            }

            return total;
        }
    }

    public void Record(TimeSpan latency)
    {
        var micros = Math.Max(0L, (long)latency.TotalMicroseconds);
        Interlocked.Increment(ref _counts[IndexOf(micros)]);
    }

    /// <summary>A copy of the counters, to subtract from a later one for per-interval figures.</summary>
    public long[] Snapshot()
    {
        var copy = new long[_counts.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = Volatile.Read(ref _counts[i]);
        }

        return copy;
    }

    /// <summary>The value at <paramref name="percentile"/> (0..100) in milliseconds, or 0 when nothing was recorded.</summary>
    public double PercentileMs(double percentile) => PercentileMs(Snapshot(), percentile);

    public static double PercentileMs(ReadOnlySpan<long> counts, double percentile)
    {
        long total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        if (total == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(percentile / 100 * total));
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return UpperBoundMicros(i) / 1000.0;
            }
        }

        return UpperBoundMicros(counts.Length - 1) / 1000.0;
    }

    public static long[] Subtract(long[] later, long[] earlier)
    {
        var difference = new long[later.Length];
        for (var i = 0; i < later.Length; i++)
        {
            difference[i] = later[i] - earlier[i];
        }

        return difference;
    }

    /// <summary>
    /// Values below 32 µs have a bucket each. Above, a value with its highest bit at h keeps its top 6 bits
    /// (shift = h − 5): magnitude shift + 1, sub-bucket the 5 bits under the highest.
    /// </summary>
    internal static int IndexOf(long micros)
    {
        if (micros < SubBuckets)
        {
            return (int)micros;
        }

        var shift = 63 - (int)long.LeadingZeroCount(micros) - SubBucketBits;
        var sub = (int)(micros >> shift) - SubBuckets;
        return Math.Min(((shift + 1) * SubBuckets) + sub, (SubBuckets * Magnitudes) - 1);
    }

    /// <summary>The largest value that lands in bucket <paramref name="index"/>, in microseconds.</summary>
    internal static long UpperBoundMicros(int index)
    {
        if (index < SubBuckets)
        {
            return index;
        }

        var shift = (index / SubBuckets) - 1;
        var sub = index % SubBuckets;
        return ((long)(SubBuckets + sub + 1) << shift) - 1;
    }
}
