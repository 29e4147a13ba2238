using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Ocpp.Routing;

/// <summary>What a handler knows about the CALL it answers.</summary>
/// <param name="Connection">The connection the CALL arrived on; handlers may send their own CALLs through it after answering.</param>
/// <param name="MessageId">The CALL's message id.</param>
/// <param name="CancellationToken">Cancelled when the connection closes.</param>
public readonly record struct OcppCallContext(OcppConnection Connection, string MessageId, CancellationToken CancellationToken);
