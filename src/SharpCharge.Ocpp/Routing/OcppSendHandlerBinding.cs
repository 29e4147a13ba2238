using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Routing;

internal sealed class OcppSendHandlerBinding<TMessage> : OcppHandlerBinding
    where TMessage : class, IOcppSendMessage
{
    private readonly IOcppSendHandler<TMessage> _handler;

    public OcppSendHandlerBinding(OcppSendAction<TMessage> action, IOcppSendHandler<TMessage> handler)
        : base(action)
    {
        SendAction = action;
        _handler = handler;
    }

    public OcppSendAction<TMessage> SendAction { get; }
}
