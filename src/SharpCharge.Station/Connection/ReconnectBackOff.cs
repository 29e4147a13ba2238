namespace SharpCharge.Station.Connection;

/// <summary>
/// The waits between reconnect attempts (OCPP 2.0.1 Part 4 §5.3, OCPP-NOTES §2.5):
/// <c>wait_n = MinimumWait × 2^min(n-1, RepeatTimes) + rand(0..RandomRange)</c>, a fresh random part every time.
/// Used by the station's run loop only, so it needs no lock.
/// </summary>
internal sealed class ReconnectBackOff(ReconnectBackOffOptions options, Random random)
{
    private int _failures;

    /// <summary>The wait before the next attempt; each call counts one more failure.</summary>
    public TimeSpan NextWait()
    {
        var doublings = Math.Min(_failures, options.RepeatTimes);
        _failures++;
        var fixedPart = options.MinimumWait * (1L << doublings);
        var randomPart = options.RandomRange * random.NextDouble();
        return fixedPart + randomPart;
    }

    /// <summary>Starts again from <see cref="ReconnectBackOffOptions.MinimumWait"/> (after an accepted boot).</summary>
    public void Reset() => _failures = 0;
}
