using SharpCharge.Simulator.Conformance.Running;

namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>
/// Waits until the operator requests still running have answered, and fails the case when one answered with an
/// error. Used where the next step depends on what the central system does after the station's answer (for
/// example switching to a new password before the station reconnects with it).
/// </summary>
internal sealed class OperatorsDoneStep : ScriptStep
{
    public override string Describe() => "wait for the operator's requests to finish";

    public override async Task RunAsync(CaseRun run, CancellationToken cancellationToken)
    {
        await run.SettleOperatorsAsync().ConfigureAwait(false);
        if (run.OperatorTrouble() is { Length: > 0 } trouble)
        {
            throw new CaseFailedException("An operator request failed" + trouble + ".");
        }
    }
}
