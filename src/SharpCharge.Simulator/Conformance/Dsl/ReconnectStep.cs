using SharpCharge.Simulator.Conformance.Running;

namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>The station closes its connection; the next step opens a new one.</summary>
internal sealed class ReconnectStep : ScriptStep
{
    public override string Describe() => "reconnect";

    public override async Task RunAsync(CaseRun run, CancellationToken cancellationToken)
    {
        await run.CloseAsync().ConfigureAwait(false);
        await run.ConnectionAsync(cancellationToken).ConfigureAwait(false);
    }
}
