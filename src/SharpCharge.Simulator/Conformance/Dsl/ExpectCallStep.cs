using System.Runtime.CompilerServices;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Simulator.Conformance.Running;

namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>
/// The station waits for a CALL of the central system, checks it and answers it as the case says. Without a
/// <c>.Reply</c> the call is answered with a CALLERROR (the case only checks that it came).
/// </summary>
internal sealed class ExpectCallStep<TRequest, TResponse>(OcppCallAction<TRequest, TResponse> action) : ScriptStep
    where TRequest : class, IOcppRequest<TResponse>
    where TResponse : class, IOcppResponse
{
    private readonly List<(Func<TRequest, CaseState, bool> Check, string Text)> _checks = [];
    private readonly List<Action<CaseState, TRequest>> _then = [];
    private Func<CaseState, TRequest, TResponse>? _reply;

    /// <summary>The CALL must satisfy <paramref name="check"/>; the failure message quotes the check's own code.</summary>
    public ExpectCallStep<TRequest, TResponse> Where(Func<TRequest, bool> check, [CallerArgumentExpression(nameof(check))] string text = "")
    {
        _checks.Add(((r, _) => check(r), text));
        return this;
    }

    /// <summary>The CALL must satisfy <paramref name="check"/>, which may compare it with the case's state.</summary>
    public ExpectCallStep<TRequest, TResponse> Where(Func<TRequest, CaseState, bool> check, [CallerArgumentExpression(nameof(check))] string text = "")
    {
        _checks.Add((check, text));
        return this;
    }

    /// <summary>Keeps something from the CALL (its requestId, say) for later steps.</summary>
    public ExpectCallStep<TRequest, TResponse> Then(Action<CaseState, TRequest> keep)
    {
        _then.Add(keep);
        return this;
    }

    public ExpectCallStep<TRequest, TResponse> Reply(Func<TRequest, TResponse> reply)
    {
        _reply = (_, r) => reply(r);
        return this;
    }

    public ExpectCallStep<TRequest, TResponse> Reply(Func<CaseState, TRequest, TResponse> reply)
    {
        _reply = reply;
        return this;
    }

    public override string Describe() => $"expect {action.Name} from the central system";

    public override async Task RunAsync(CaseRun run, CancellationToken cancellationToken)
    {
        await run.ConnectionAsync(cancellationToken).ConfigureAwait(false);
        IncomingCall call;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var wait = run.NextWait();
            timeout.CancelAfter(wait);
            try
            {
                call = await run.TakeCallAsync(action, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CaseFailedException($"The central system did not send {action.Name} within {wait.TotalSeconds:0} s{run.OperatorTrouble()}.");
            }
        }

        var request = (TRequest)call.Request;
        foreach (var (check, text) in _checks)
        {
            if (!check(request, run.State))
            {
                call.Fail(new OcppCallException(OcppErrorCode.GenericError, "The conformance check of this request failed."));
                throw new CaseFailedException($"{action.Name}.req: expected {text}.");
            }
        }

        foreach (var keep in _then)
        {
            keep(run.State, request);
        }

        var answered = run.AnswerSentAsync(call);
        if (_reply is null)
        {
            call.Fail(new OcppCallException(OcppErrorCode.NotSupported, "Received; this case does not answer it."));
        }
        else
        {
            call.Reply(_reply(run.State, request));
        }

        await answered.ConfigureAwait(false);
    }
}
