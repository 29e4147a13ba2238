using SharpCharge.Simulator.Run;

namespace SharpCharge.Simulator.Output;

/// <summary>Where a fleet run shows its progress: a live table on a terminal, a line now and then otherwise, nothing with --quiet.</summary>
internal interface ILiveView
{
    /// <summary>Called once a real second from the runner's loop.</summary>
    void Render(FleetRunner runner, TimeSpan simulated);

    void Finished(RunSummary summary);
}
