namespace SharpCharge.Station;

/// <summary>The meter loop: one tick per <see cref="ChargingStationOptions.MeterValueInterval"/> samples every running session.</summary>
public sealed partial class ChargingStation
{
    private async Task RunMeterLoopAsync(CancellationToken stop)
    {
        if (_options.MeterValueInterval <= TimeSpan.Zero)
        {
            return;
        }

        while (await DelayAsync(_options.MeterValueInterval, stop).ConfigureAwait(false))
        {
            SampleRunningSessions();
        }
    }

    /// <summary>Adds the energy delivered since the last sample and queues a periodic meter value per session.</summary>
    internal void SampleRunningSessions()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var evse in _evses)
            {
                if (evse.Session is not { } session)
                {
                    continue;
                }

                var offeredW = OfferedPowerW(evse, now);
                evse.Deliver(offeredW, now - session.LastMeterAt);
                session.LastMeterAt = now;
                _queue.Enqueue(_protocol.MeterSample(session, evse.EnergyWh, offeredW, now));
                Raise(Event(StationEventKind.MeterValuesSampled) with { EvseId = evse.Id, TransactionId = session.DisplayId, Detail = evse.EnergyWh.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }
    }
}
