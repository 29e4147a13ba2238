using System.Threading.Channels;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>
/// The central system's CALLs in arrival order, until a step of the script takes them. A call the script does not
/// expect where it stands is answered NotSupported at once, as a charger without the feature would, so the central
/// system (which may have one CALL outstanding) is never left waiting for it.
/// </summary>
internal sealed class CallInbox
{
    private readonly Channel<IncomingCall> _calls = Channel.CreateUnbounded<IncomingCall>(new UnboundedChannelOptions { SingleReader = true });

    public void Add(IncomingCall call)
    {
        if (!_calls.Writer.TryWrite(call))
        {
            Refuse(call);
        }
    }

    /// <summary>Waits for the next call of <paramref name="action"/>, refusing others that come first.</summary>
    public async Task<IncomingCall> TakeAsync(string action, Transcript transcript, CancellationToken cancellationToken)
    {
        while (true)
        {
            var call = await _calls.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (call.Action.Name == action)
            {
                return call;
            }

            transcript.Note($"{call.Action.Name} was not expected here: answered NotSupported");
            Refuse(call);
        }
    }

    /// <summary>Answers every call still waiting (the case is over) and accepts no more.</summary>
    public void Close()
    {
        _calls.Writer.TryComplete();
        while (_calls.Reader.TryRead(out var call))
        {
            Refuse(call);
        }
    }

    private static void Refuse(IncomingCall call)
        => call.Fail(new OcppCallException(OcppErrorCode.NotSupported, $"The conformance script does not expect {call.Action.Name} at this point."));
}
