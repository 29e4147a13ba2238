namespace SharpCharge.Ocpp.Rpc;

/// <summary>Settings of one <see cref="OcppConnection"/>. Defaults are set here and repeated in each comment.</summary>
public sealed class OcppConnectionOptions
{
    /// <summary>How long a CALL waits for its CALLRESULT or CALLERROR. Default 30 s, the value OCPP 2.0.1 suggests for messageTimeout (Part 2, NetworkConnectionProfileType).</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many CALLs may wait behind the outstanding one before <see cref="OcppCallQueueFullException"/> is thrown.
    /// Default 100.
    /// </summary>
    public int MaxQueuedCalls { get; set; } = 100;

    /// <summary>
    /// Validate every outgoing payload against its schema before sending. An invalid CALL throws to its caller; an
    /// invalid response from a handler is replaced by an InternalError CALLERROR. Default true: a peer never receives
    /// a payload that breaks the schema.
    /// </summary>
    public bool ValidateOutgoing { get; set; } = true;

    /// <summary>Throws when a setting is out of range; the connection calls it once when it starts.</summary>
    public void Validate()
    {
        if (CallTimeout <= TimeSpan.Zero || CallTimeout > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(CallTimeout), CallTimeout, "CallTimeout must be more than 0 and at most 1 hour.");
        }

        if (MaxQueuedCalls is < 1 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxQueuedCalls), MaxQueuedCalls, "MaxQueuedCalls must be between 1 and 100000.");
        }
    }

    /// <summary>A name for log lines, usually the charge point id. Default: none.</summary>
    public string? Name { get; set; }

    /// <summary>Writes a tagged line per frame sent and received (protocol debugging). Default: none, which costs nothing.</summary>
    public Diagnostics.OcppProtocolTrace? ProtocolTrace { get; set; }

    /// <summary>Where the connection counts CALLs, errors and latencies. Default: none, which records nothing.</summary>
    public Diagnostics.OcppMetrics? Metrics { get; set; }

    /// <summary>
    /// Known deviations of the peer that are accepted instead of answered with a CALLERROR (a per-charger setting of
    /// the central system). Default: none, which is strict and costs nothing.
    /// </summary>
    public Compatibility.OcppCompatibility? Compatibility { get; set; }
}
