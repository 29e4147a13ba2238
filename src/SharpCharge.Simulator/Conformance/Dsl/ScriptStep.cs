using SharpCharge.Simulator.Conformance.Running;

namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>One step of a case script: something the charger sends, a call it expects from the central system, or an operator action.</summary>
internal abstract class ScriptStep
{
    /// <summary>What the step does, for the transcript and the failure message.</summary>
    public abstract string Describe();

    public abstract Task RunAsync(CaseRun run, CancellationToken cancellationToken);
}
