namespace SharpCharge.Ocpp.Diagnostics;

/// <summary>
/// The trace's memory of one connection: the action of each CALL still awaiting its answer, in either
/// direction, so the CALLRESULT and CALLERROR lines name the action their frame does not carry.
/// </summary>
internal sealed class OcppConnectionTrace(OcppProtocolTrace trace, string name)
{
    // Answers that never come (timeouts, a peer that drops calls) must not grow this without bound.
    private const int MaxRemembered = 256;
    private readonly Dictionary<string, string> _awaited = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public OcppProtocolTrace Trace { get; } = trace;

    public string Name { get; } = string.IsNullOrEmpty(name) ? "-" : name;

    public void Received(ReadOnlySpan<byte> data) => Trace.Received(this, data);

    public void Sent(ReadOnlySpan<byte> data) => Trace.Sent(this, data);

    public void Awaiting(string messageId, string action)
    {
        lock (_gate)
        {
            if (_awaited.Count >= MaxRemembered)
            {
                _awaited.Clear();
            }

            _awaited[messageId] = action;
        }
    }

    /// <summary>The action the answered message id belonged to, or "-" when unknown (late, or never asked).</summary>
    public string Answered(string messageId)
    {
        lock (_gate)
        {
            return _awaited.Remove(messageId, out var action) ? action : "-";
        }
    }
}
