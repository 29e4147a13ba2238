namespace SharpCharge.Simulator.Load;

/// <summary>
/// One station's steady schedule for <c>--rate</c>: a call every <c>period</c>, starting at a random point of the
/// first period so the stations do not all send in the same millisecond. A station that falls more than a period
/// behind (its answers are slow) starts afresh instead of sending a burst to catch up.
/// </summary>
internal sealed class Pacer(TimeSpan period, TimeProvider time)
{
    private long _next = time.GetTimestamp() + (long)(Random.Shared.NextDouble() * period.TotalSeconds * time.TimestampFrequency);

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        var step = (long)(period.TotalSeconds * time.TimestampFrequency);
        if (_next > now)
        {
            await Task.Delay(TimeSpan.FromSeconds((_next - now) / (double)time.TimestampFrequency), time, cancellationToken).ConfigureAwait(false);
        }
        else if (now - _next > step)
        {
            _next = now;
        }

        _next += step;
    }
}
