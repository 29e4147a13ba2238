using System.Globalization;
using SharpCharge.Simulator.Fleet;
using SharpCharge.Simulator.Run;
using SharpCharge.Station.Model;

namespace SharpCharge.Simulator.Output;

/// <summary>
/// The fleet run's progress. On a terminal: a table redrawn every second, one row per station (as many as fit),
/// with each EVSE's state, the vehicle's state of charge and power. When the output is redirected: one summary
/// line every ten seconds. Quiet: only the final summary.
/// </summary>
internal sealed class LiveView(TextWriter output, bool interactive, bool quiet) : ILiveView
{
    private int _renders;

    public void Render(FleetRunner runner, TimeSpan simulated)
    {
        if (quiet || (!interactive && ++_renders % 10 != 0))
        {
            return;
        }

        var c = runner.Counters;
        var online = runner.Stations.Count(s => s.Station.IsOnline);
        var line = string.Create(CultureInfo.InvariantCulture, $"t={DurationText.Format(simulated)} online {online}/{runner.Stations.Count} sessions started {c.SessionsStarted} completed {c.SessionsCompleted} refused {c.SessionsRefused} energy {c.EnergyKWh:0.0} kWh msgs {c.MessagesDelivered} dropped {c.MessagesDropped}");
        if (!interactive)
        {
            output.WriteLine(line);
            return;
        }

        var rows = Math.Max(1, (Console.IsOutputRedirected ? 40 : Console.WindowHeight) - 4);
        output.Write("\u001b[H\u001b[J");
        output.WriteLine(line);
        output.WriteLine($"{"station",-16} {"ver",-6} {"online",-7} evses (status soc% kW)");
        foreach (var station in runner.Stations.Take(rows))
        {
            var evses = string.Join("  ", station.Slots.Select(slot => Cell(station, slot)));
            output.WriteLine($"{station.Plan.Id,-16} {VersionText.Format(station.Plan.Version),-6} {(station.Station.IsOnline ? "yes" : "no"),-7} {evses}");
        }

        output.Flush();
    }

    public void Finished(RunSummary summary)
        => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done: {summary.Stations} stations, {summary.SessionsStarted} sessions started, {summary.SessionsCompleted} completed, {summary.SessionsRefused} refused, {summary.EnergyKWh} kWh, {summary.MessagesDelivered} messages delivered, {summary.MessagesDropped} dropped, {summary.SimulatedSeconds} s simulated in {summary.RealSeconds} s"));

    private static string Cell(SimulatedStation station, EvseSlot slot)
    {
        var status = station.Station.GetConnectorStatus(slot.EvseId) switch
        {
            ConnectorStatus.Available => "free",
            ConnectorStatus.Charging => "chrg",
            var other => other.ToString().ToLowerInvariant()[..4],
        };
        return slot.Vehicle is { } ev
            ? string.Create(CultureInfo.InvariantCulture, $"{status} {ev.SocPercent,3:0}% {ev.PowerW / 1000m,5:0.0}")
            : $"{status,-4}     -     -";
    }
}
