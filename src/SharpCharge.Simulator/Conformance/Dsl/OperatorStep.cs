using SharpCharge.Simulator.Conformance.Running;

namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>
/// A "Manual Action" of the test case document. With the SharpCharge API the runner does it through REST; otherwise
/// it prints <see cref="Description"/> for the person at the console and the next expectation waits the manual timeout.
/// A trigger (the default) runs in the background, because its REST call returns only once the station answered the
/// CALL it causes; a setup step (<see cref="Background"/> false) must finish, successfully, before the case goes on.
/// </summary>
internal sealed class OperatorStep(string description, Func<OperatorApi, CaseState, Task<OperatorReply>> action) : ScriptStep
{
    public string Description { get; } = description;

    public bool Background { get; init; } = true;

    /// <summary>When the run needs no operator for this step (it was given what the step would set up).</summary>
    public Func<ConformanceSettings, bool> SkipWhen { get; init; } = _ => false;

    public bool Skipped(ConformanceSettings settings) => SkipWhen(settings);

    public override string Describe() => "operator: " + Description;

    public override async Task RunAsync(CaseRun run, CancellationToken cancellationToken)
    {
        if (Skipped(run.Settings))
        {
            return;
        }

        if (run.Api is null)
        {
            run.Transcript.Note("manual step: " + Description);
            await run.Output.WriteLineAsync($"  MANUAL STEP ({run.Settings.ManualTimeout.TotalSeconds:0} s): {Description}").ConfigureAwait(false);
            run.WaitingForOperator = true;
            return;
        }

        var reply = action(run.Api, run.State);
        if (Background)
        {
            run.TrackOperator(Description, reply);
            return;
        }

        var done = await reply.ConfigureAwait(false);
        if (!done.IsSuccess)
        {
            throw new CaseFailedException($"Operator step '{Description}' failed: HTTP {done.Status}.");
        }
    }

    /// <summary>Runs the step to the end, as a clean-up after the case (never in the background).</summary>
    public Task<OperatorReply> RunNowAsync(OperatorApi api, CaseState state) => action(api, state);
}
