using System.Runtime.CompilerServices;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Simulator.Conformance.Running;

namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>The station sends a CALL and checks the central system's CALLRESULT (or the CALLERROR it must send).</summary>
internal sealed class SendStep<TResponse>(Func<CaseState, IOcppRequest<TResponse>> build) : ScriptStep
    where TResponse : class, IOcppResponse
{
    private readonly List<(Func<TResponse, CaseState, bool> Check, string Text)> _checks = [];
    private readonly List<Action<CaseState, TResponse>> _then = [];
    private string? _action;
    private bool _expectError;

    /// <summary>The answer must satisfy <paramref name="check"/>; the failure message quotes the check's own code.</summary>
    public SendStep<TResponse> Expect(Func<TResponse, bool> check, [CallerArgumentExpression(nameof(check))] string text = "")
    {
        _checks.Add(((r, _) => check(r), text));
        return this;
    }

    /// <summary>The answer must satisfy <paramref name="check"/>, which may compare it with the case's state.</summary>
    public SendStep<TResponse> Expect(Func<TResponse, CaseState, bool> check, [CallerArgumentExpression(nameof(check))] string text = "")
    {
        _checks.Add((check, text));
        return this;
    }

    /// <summary>Keeps something from the answer (a transaction id, say) for later steps.</summary>
    public SendStep<TResponse> Then(Action<CaseState, TResponse> keep)
    {
        _then.Add(keep);
        return this;
    }

    /// <summary>The central system must answer with a CALLERROR (any code), not a CALLRESULT.</summary>
    public SendStep<TResponse> ExpectCallError()
    {
        _expectError = true;
        return this;
    }

    public override string Describe() => $"send {_action ?? typeof(TResponse).Name.Replace("Response", "", StringComparison.Ordinal)}";

    public override async Task RunAsync(CaseRun run, CancellationToken cancellationToken)
    {
        var connection = await run.ConnectionAsync(cancellationToken).ConfigureAwait(false);
        var request = build(run.State);
        _action = request.Action.Name;
        TResponse response;
        try
        {
            response = await connection.CallAsync(request, run.NextWait(), cancellationToken).ConfigureAwait(false);
        }
        catch (OcppCallException e) when (_expectError)
        {
            run.Transcript.Note($"{_action} answered with CALLERROR {e.WireErrorCode ?? e.ErrorCode.ToString()}, as expected");
            return;
        }
        catch (OcppCallException e)
        {
            throw new CaseFailedException($"{_action}: the central system answered CALLERROR {e.WireErrorCode ?? e.ErrorCode.ToString()} \"{e.ErrorDescription}\".");
        }
        catch (OcppCallTimeoutException)
        {
            throw new CaseFailedException($"{_action}: no answer from the central system within {run.Settings.StepTimeout.TotalSeconds:0} s.");
        }
        catch (OcppInvalidResponseException e)
        {
            throw new CaseFailedException($"{_action}: the answer breaks the OCPP schema: {e.Message}");
        }

        if (_expectError)
        {
            throw new CaseFailedException($"{_action}: the central system answered a CALLRESULT where a CALLERROR was expected.");
        }

        foreach (var (check, text) in _checks)
        {
            if (!check(response, run.State))
            {
                throw new CaseFailedException($"{_action}.conf: expected {text}.");
            }
        }

        foreach (var keep in _then)
        {
            keep(run.State, response);
        }
    }
}
