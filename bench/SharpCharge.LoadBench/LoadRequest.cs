namespace SharpCharge.LoadBench;

/// <summary>One load run: what the simulator's <c>load</c> command is asked to do.</summary>
internal sealed record LoadRequest
{
    public required int Count { get; init; }

    public required string IdPrefix { get; init; }

    public string Mix { get; init; } = "heartbeat";

    public int RampPerSecond { get; init; } = 100_000;

    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Counted from the moment every station is up.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.Zero;

    /// <summary>How long to count after the warm-up; the simulator then ends by itself.</summary>
    public TimeSpan? Measure { get; init; }

    public TimeSpan Interval { get; init; } = TimeSpan.Zero;

    public double? Rate { get; init; }

    /// <summary>A station whose connection attempt fails retries after a back-off (each failed attempt is an error).</summary>
    public bool RetryConnect { get; init; }
}
