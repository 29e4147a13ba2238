using SharpCharge.Simulator.Output;
using SharpCharge.Simulator.Run;

namespace SharpCharge.Simulator.Tests.Support;

/// <summary>A live view that keeps what it was shown.</summary>
internal sealed class RecordingView : ILiveView
{
    public int Renders { get; private set; }

    public RunSummary? Summary { get; private set; }

    public void Render(FleetRunner runner, TimeSpan simulated) => Renders++;

    public void Finished(RunSummary summary) => Summary = summary;
}
