using SharpCharge.Simulator.Conformance.Running;

namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>A line in the transcript; does nothing else.</summary>
internal sealed class NoteStep(string text) : ScriptStep
{
    public override string Describe() => text;

    public override Task RunAsync(CaseRun run, CancellationToken cancellationToken)
    {
        run.Transcript.Note(text);
        return Task.CompletedTask;
    }
}
