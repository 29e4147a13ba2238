namespace SharpCharge.Csms.Connections;

/// <summary>
/// A token bucket for one connection's incoming messages: <c>burst</c> tokens, refilled at <c>perSecond</c>. It keeps
/// two numbers and reads the clock, with no timer of its own, so an idle charger costs nothing. Only the connection's
/// receive loop calls it, one message at a time.
/// </summary>
internal sealed class MessageRateGate(double perSecond, int burst, TimeProvider time)
{
    private double _tokens = burst;
    private long _updated = time.GetTimestamp();

    /// <summary>How long the next message has to wait, after which its token is spent: zero while the rate is kept.</summary>
    public TimeSpan Take()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(burst, _tokens + (time.GetElapsedTime(_updated, now).TotalSeconds * perSecond));
        _updated = now;
        _tokens -= 1;
        return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / perSecond);
    }
}
