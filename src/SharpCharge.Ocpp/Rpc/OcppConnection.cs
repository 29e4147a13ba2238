namespace SharpCharge.Ocpp.Rpc;

/// <summary>One OCPP-J connection. (Being written.)</summary>
public sealed class OcppConnection
{
}
