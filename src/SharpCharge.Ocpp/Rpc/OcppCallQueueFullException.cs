namespace SharpCharge.Ocpp.Rpc;

/// <summary>Too many CALLs are already waiting for their turn on this connection (<see cref="OcppConnectionOptions.MaxQueuedCalls"/>).</summary>
public sealed class OcppCallQueueFullException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public OcppCallQueueFullException(int limit)
        : base($"{limit} CALLs are already queued on this connection; try again later.")
    {
        Limit = limit;
    }

    /// <summary>The queue limit that was hit.</summary>
    public int Limit { get; }
}
