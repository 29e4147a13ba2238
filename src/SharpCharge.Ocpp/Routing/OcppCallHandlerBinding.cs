using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Routing;

internal sealed class OcppCallHandlerBinding<TRequest, TResponse> : OcppHandlerBinding
    where TRequest : class, IOcppRequest<TResponse>
    where TResponse : class, IOcppResponse
{
    private readonly IOcppHandler<TRequest, TResponse> _handler;

    public OcppCallHandlerBinding(OcppCallAction<TRequest, TResponse> action, IOcppHandler<TRequest, TResponse> handler)
        : base(action)
    {
        CallAction = action;
        _handler = handler;
    }

    public OcppCallAction<TRequest, TResponse> CallAction { get; }
}
