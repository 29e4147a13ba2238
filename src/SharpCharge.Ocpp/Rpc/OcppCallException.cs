namespace SharpCharge.Ocpp.Rpc;

/// <summary>A CALL answered with a CALLERROR. (Being written.)</summary>
public sealed class OcppCallException : Exception
{
    public OcppCallException(string message) : base(message) { }
}
