using SharpCharge.Simulator.Ev;
using SharpCharge.Simulator.Scenarios;

namespace SharpCharge.Simulator.Run;

/// <summary>The scripted scenario and the end of a run.</summary>
internal sealed partial class FleetRunner
{
    private static readonly TimeSpan DrainWait = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan OnlineWait = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A script's clock starts once every station is online (at most <see cref="OnlineWait"/> of real time), so
    /// its first steps do not race the connections, however fast the simulated time runs.
    /// </summary>
    private async Task WaitForFleetOnlineAsync(CancellationToken cancellationToken)
    {
        var waiting = _time.GetTimestamp();
        while (_stations.Any(s => !s.Station.IsOnline) && _time.GetElapsedTime(waiting) < OnlineWait
               && await DelayAsync(RealTick * _speed, cancellationToken).ConfigureAwait(false))
        {
        }
    }

    /// <summary>Runs every step that fell due; steps name stations and EVSEs that <see cref="ScenarioCheck"/> verified.</summary>
    private void PlayScript(TimeSpan elapsed, DateTimeOffset now)
    {
        var script = _settings.Script;
        while (script is not null && _nextStep < script.Count && script[_nextStep].At <= elapsed)
        {
            var step = script[_nextStep++];
            var station = _byId[step.StationId];
            var slot = station.Slots[step.EvseId - 1];
            switch (step.Action)
            {
                case ScenarioAction.PlugIn:
                    slot.Vehicle ??= new EvModel(step.Vehicle ?? _vehicles.Next(station.Plan.Template.Dc));
                    slot.PluggedAt = now;
                    break;
                case ScenarioAction.Authorize when slot.Starting is null && !slot.Charging:
                    slot.Vehicle ??= new EvModel(_vehicles.Next(station.Plan.Template.Dc));
                    slot.Starting = station.Station.StartSessionAsync(slot.EvseId, Token(step.Token));
                    break;
                case ScenarioAction.Unplug:
                    if (slot.Charging && station.Station.StopSession(slot.EvseId))
                    {
                        Counters.Completed(slot.Vehicle?.EnergyWh ?? 0);
                    }

                    slot.Clear();
                    break;
                case ScenarioAction.Offline:
                    station.Relay?.Cut();
                    break;
                case ScenarioAction.Online:
                    station.Relay?.Restore();
                    break;
            }
        }
    }

    /// <summary>Drivers still charging end their sessions; the stop messages get <see cref="DrainWait"/> (real time) to reach the central system.</summary>
    private async Task FinishAsync()
    {
        foreach (var station in _stations)
        {
            foreach (var slot in station.Slots.Where(s => s.Charging))
            {
                if (station.Station.StopSession(slot.EvseId))
                {
                    Counters.Completed(slot.Vehicle?.EnergyWh ?? 0);
                }

                slot.Clear();
            }
        }

        var deadline = _time.GetTimestamp();
        while (_stations.Any(s => s.Station.IsOnline && s.Station.QueuedMessageCount > 0) && _time.GetElapsedTime(deadline) < DrainWait)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50) * _speed, _time).ConfigureAwait(false);
        }
    }

    private RunSummary Summary(TimeSpan simulated, TimeSpan real)
        => new(
            Stations: _stations.Count,
            StationsOnline: _stations.Count(s => s.Station.IsOnline),
            Boots: Counters.Boots,
            ConnectFailures: Counters.ConnectFailures,
            Disconnects: Counters.Disconnects,
            SessionsStarted: Counters.SessionsStarted,
            SessionsRefused: Counters.SessionsRefused,
            SessionsCompleted: Counters.SessionsCompleted,
            RemoteStarts: Counters.RemoteStarts,
            EnergyKWh: decimal.Round(Counters.EnergyKWh, 3),
            MessagesDelivered: Counters.MessagesDelivered,
            MessagesDropped: Counters.MessagesDropped,
            QueuedAtEnd: _stations.Sum(s => s.Station.QueuedMessageCount),
            SimulatedSeconds: Math.Round(simulated.TotalSeconds, 1),
            RealSeconds: Math.Round(real.TotalSeconds, 1),
            Speed: _speed,
            Seed: _settings.Seed);
}
