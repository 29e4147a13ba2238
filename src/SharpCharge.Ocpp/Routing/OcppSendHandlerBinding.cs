using System.Runtime.CompilerServices;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Rpc;

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

    public override object Deserialize(ReadOnlySpan<byte> payload) => DeserializeOrThrow(payload, SendAction.MessageJson);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public override async ValueTask InvokeAsync(OcppConnection connection, object request, string messageId)
    {
        try
        {
            await _handler.HandleAsync((TMessage)request, new OcppCallContext(connection, messageId, connection.Closed)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (connection.Closed.IsCancellationRequested)
        {
            // Closing while a SEND was processed: a SEND has no answer to lose.
        }
        catch (Exception e)
        {
            // A SEND is never answered, not even with a CALLERROR (2.1 Part 4 §4.2.5): log it and go on.
            connection.OnHandlerFailed(SendAction, messageId, e);
        }
    }
}
