namespace SharpCharge.Ocpp.Rpc;

/// <summary>The connection closed before the CALL was sent or answered.</summary>
public sealed class OcppConnectionClosedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public OcppConnectionClosedException(string message)
        : base(message)
    {
    }
}
