using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>Hands one action's CALLs to the inbox and answers with whatever the script replies.</summary>
internal sealed class InboxHandler<TRequest, TResponse>(OcppCallAction<TRequest, TResponse> action, CallInbox inbox) : IOcppHandler<TRequest, TResponse>
    where TRequest : class, IOcppRequest<TResponse>
    where TResponse : class, IOcppResponse
{
    public async ValueTask<TResponse> HandleAsync(TRequest request, OcppCallContext context)
    {
        var call = new IncomingCall(action, request, context.MessageId);
        inbox.Add(call);
        return (TResponse)await call.Answer.WaitAsync(context.CancellationToken).ConfigureAwait(false);
    }
}
