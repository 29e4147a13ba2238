using System.Diagnostics;
using System.Runtime.CompilerServices;
using SharpCharge.Ocpp.Diagnostics;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Rpc;

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

    public override object Deserialize(ReadOnlySpan<byte> payload) => DeserializeOrThrow(payload, CallAction.RequestJson);

    // Pooled builder: a handler that completes asynchronously (a database write) reuses the state machine box.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public override async ValueTask InvokeAsync(OcppConnection connection, object request, string messageId)
    {
        var started = connection.Metrics is null ? 0 : Stopwatch.GetTimestamp();
        TResponse? response;
        try
        {
            response = await _handler.HandleAsync((TRequest)request, new OcppCallContext(connection, messageId, connection.Closed)).ConfigureAwait(false);
        }
        catch (OcppCallException e)
        {
            connection.Metrics?.CallHandled(CallAction, started, OcppMetrics.Refused);
            await connection.SendCallErrorAsync(messageId, e.ErrorCode, e.ErrorDescription, e.ErrorDetails).ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (connection.Closed.IsCancellationRequested)
        {
            // The connection closed while the handler ran: there is nobody to answer.
            return;
        }
        catch (Exception e)
        {
            connection.OnHandlerFailed(CallAction, messageId, e);
            connection.Metrics?.CallHandled(CallAction, started, OcppMetrics.Refused);
            await connection.SendCallErrorAsync(messageId, OcppErrorCode.InternalError, $"{CallAction.Name} failed on the receiving side.", null).ConfigureAwait(false);
            return;
        }

        if (response is null)
        {
            connection.OnHandlerFailed(CallAction, messageId, new InvalidOperationException("The handler returned null."));
            connection.Metrics?.CallHandled(CallAction, started, OcppMetrics.Refused);
            await connection.SendCallErrorAsync(messageId, OcppErrorCode.InternalError, $"{CallAction.Name} produced no response.", null).ConfigureAwait(false);
            return;
        }

        connection.Metrics?.CallHandled(CallAction, started, OcppMetrics.Answered);
        await connection.SendCallResultAsync(messageId, CallAction, response).ConfigureAwait(false);
    }
}
