using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>
/// A CALL from the central system that waits for the script: the handler that received it awaits
/// <see cref="Answer"/>, which the script completes with the response object or an exception (a CALLERROR).
/// </summary>
internal sealed class IncomingCall(OcppAction action, object request, string messageId)
{
    private readonly TaskCompletionSource<object> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public OcppAction Action { get; } = action;

    public object Request { get; } = request;

    /// <summary>The CALL's message id, which the station's CALLRESULT or CALLERROR repeats.</summary>
    public string MessageId { get; } = messageId;

    public Task<object> Answer => _answer.Task;

    public void Reply(object response) => _answer.TrySetResult(response);

    public void Fail(Exception error) => _answer.TrySetException(error);
}
