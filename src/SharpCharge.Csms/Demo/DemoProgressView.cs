using SharpCharge.Simulator.Output;
using SharpCharge.Simulator.Run;

namespace SharpCharge.Csms.Demo;

/// <summary>The demo's simulated fleet, summarised in a log line every half minute (the dashboard shows the rest).</summary>
internal sealed partial class DemoProgressView(ILogger logger) : ILiveView
{
    private const int RendersPerLine = 30;
    private int _renders;

    public void Render(FleetRunner runner, TimeSpan simulated)
    {
        if (++_renders % RendersPerLine != 0)
        {
            return;
        }

        var c = runner.Counters;
        Log.Progress(logger, runner.Stations.Count(s => s.Station.IsOnline), runner.Stations.Count, c.SessionsStarted, c.SessionsCompleted, c.EnergyKWh, simulated);
    }

    public void Finished(RunSummary summary) => Log.Finished(logger, summary.SessionsStarted, summary.EnergyKWh);

    private static partial class Log
    {
        [LoggerMessage(DemoEventIds.Progress, LogLevel.Information, "Demo fleet: {Online}/{Chargers} chargers online, {Started} sessions started, {Completed} completed, {EnergyKwh} kWh delivered, {Simulated} simulated.", EventName = "DemoProgress")]
        public static partial void Progress(ILogger logger, int online, int chargers, long started, long completed, decimal energyKwh, TimeSpan simulated);

        [LoggerMessage(DemoEventIds.Finished, LogLevel.Information, "Demo fleet stopped after {Started} sessions and {EnergyKwh} kWh.", EventName = "DemoFinished")]
        public static partial void Finished(ILogger logger, long started, decimal energyKwh);
    }
}
