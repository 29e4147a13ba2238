using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Routing;

/// <summary>
/// Handles one action: a handler object implements this once per action it supports, so its methods read
/// like the specification (one <c>HandleAsync</c> overload per request type). An action the version defines
/// but no handler implements is answered with NotSupported.
/// </summary>
public interface IOcppHandler<in TRequest, TResponse>
    where TRequest : class, IOcppRequest<TResponse>
    where TResponse : class, IOcppResponse
{
    /// <summary>
    /// Answers one CALL. Return the response for a CALLRESULT; throw <see cref="Rpc.OcppCallException"/> to
    /// answer with a specific CALLERROR. Any other exception becomes InternalError.
    /// </summary>
    ValueTask<TResponse> HandleAsync(TRequest request, OcppCallContext context);
}
