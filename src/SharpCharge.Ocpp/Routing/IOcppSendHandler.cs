using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Routing;

/// <summary>Receives one OCPP 2.1 SEND action. Nothing is sent back, whatever happens.</summary>
public interface IOcppSendHandler<in TMessage>
    where TMessage : class, IOcppSendMessage
{
    /// <summary>Processes one SEND message.</summary>
    ValueTask HandleAsync(TMessage message, OcppCallContext context);
}
