using System.Threading.Channels;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.Model;
using SharpCharge.Station.Protocol;

namespace SharpCharge.Station;

/// <summary>
/// The meter loop. It sleeps until the next periodic sample of a session (every MeterValueSampleInterval from the
/// session's start) or the next clock-aligned boundary (every ClockAlignedDataInterval from midnight UTC), then
/// brings each meter up to date: the offered power, the vehicle's demand, the energy register and the charging
/// state. Settings changes and new sessions wake it to plan again.
/// </summary>
public sealed partial class ChargingStation
{
    private readonly Channel<bool> _meterWake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private DateTimeOffset _lastAlignedAt;

    private async Task RunMeterLoopAsync(CancellationToken stop)
    {
        // One wake-up read stays pending across iterations, so waiting does not pile up readers.
        Task<bool>? woken = null;
        while (!stop.IsCancellationRequested)
        {
            woken ??= _meterWake.Reader.WaitToReadAsync(stop).AsTask();
            using var sleeping = CancellationTokenSource.CreateLinkedTokenSource(stop);
            var delay = NextMeterWait() is { } wait
                ? Task.Delay(wait, _time, sleeping.Token)
                : Task.Delay(Timeout.InfiniteTimeSpan, _time, sleeping.Token);
            var first = await Task.WhenAny(delay, woken).ConfigureAwait(false);
            await sleeping.CancelAsync().ConfigureAwait(false);
            if (stop.IsCancellationRequested)
            {
                return;
            }

            if (first == woken)
            {
                _meterWake.Reader.TryRead(out _);
                woken = null;
            }

            MeterTick();
        }
    }

    /// <summary>Makes the meter loop plan again (a session started, an interval changed).</summary>
    private void WakeMeterLoop() => _meterWake.Writer.TryWrite(true);

    /// <summary>How long until a sample is due; null when none will ever be without a change.</summary>
    private TimeSpan? NextMeterWait()
    {
        var now = _time.GetUtcNow();
        var periodic = _settings.Seconds(Setting.MeterValueSampleInterval);
        var aligned = _settings.Seconds(Setting.ClockAlignedDataInterval);
        DateTimeOffset? due = null;
        lock (_gate)
        {
            if (periodic > TimeSpan.Zero)
            {
                foreach (var session in _evses.Select(e => e.Session).OfType<Session>())
                {
                    var at = session.LastPeriodicAt + periodic;
                    due = due is null || at < due ? at : due;
                }
            }

            foreach (var reservation in _evses.Select(e => e.Reservation).OfType<Reservation>())
            {
                due = due is null || reservation.ExpiresAt < due ? reservation.ExpiresAt : due;
            }

            if (aligned > TimeSpan.Zero)
            {
                if (_lastAlignedAt == default)
                {
                    _lastAlignedAt = AlignedBoundary(now, aligned);
                }

                var at = AlignedBoundary(_lastAlignedAt, aligned) + aligned;
                due = due is null || at < due ? at : due;
            }
        }

        return due is { } d ? (d > now ? d - now : TimeSpan.Zero) : null;
    }

    /// <summary>Takes every sample that is due now.</summary>
    internal void MeterTick()
    {
        var now = _time.GetUtcNow();
        var periodic = _settings.Seconds(Setting.MeterValueSampleInterval);
        var aligned = _settings.Seconds(Setting.ClockAlignedDataInterval);
        lock (_gate)
        {
            ExpireReservations(now);
            // Samples are taken at the instant they were due, on a grid from the session's start (and from midnight
            // for aligned ones), however late the timer fired: the energy is integrated up to that instant.
            foreach (var evse in _evses)
            {
                while (evse.Session is { } session && periodic > TimeSpan.Zero && session.LastPeriodicAt + periodic <= now)
                {
                    var at = session.LastPeriodicAt + periodic;
                    Advance(evse, session, at);
                    session.LastPeriodicAt = at;
                    QueueSample(evse, MeterContext.Periodic, at);
                }
            }

            if (aligned > TimeSpan.Zero && AlignedBoundary(now, aligned) is var boundary && boundary > _lastAlignedAt)
            {
                _lastAlignedAt = boundary;
                foreach (var evse in _evses)
                {
                    if (evse.Session is { } session)
                    {
                        Advance(evse, session, boundary);
                    }

                    QueueSample(evse, MeterContext.Clock, boundary);
                }
            }
        }
    }

    /// <summary>Takes a periodic sample of every running session now, whether due or not (tests, user interfaces).</summary>
    internal void SampleRunningSessions()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var evse in _evses)
            {
                if (evse.Session is { } session)
                {
                    Advance(evse, session, now);
                    session.LastPeriodicAt = now;
                    QueueSample(evse, MeterContext.Periodic, now);
                }
            }
        }
    }

    /// <summary>Queues a sample of the EVSE's meter: a transaction's when one runs, else (if this version sends them) an idle one. Under the lock.</summary>
    private void QueueSample(Evse evse, MeterContext context, DateTimeOffset now)
    {
        var measurands = _settings.List(context == MeterContext.Clock ? Setting.AlignedMeasurands : Setting.SampledMeasurands);
        var reading = ReadingOf(evse);
        if (evse.Session is { } session)
        {
            _queue.Enqueue(_protocol.MeterSample(session, reading, measurands, context, now));
            Raise(Event(StationEventKind.MeterValuesSampled) with { EvseId = evse.Id, TransactionId = session.DisplayId, Detail = $"{context} {Text(evse.EnergyWh)} Wh {Text(evse.PowerW)} W" });
        }
        else if (context != MeterContext.Clock || _protocol.SendsIdleAlignedData || _settings.Bool(Setting.AlignedSendDuringIdle))
        {
            _queue.Enqueue(_protocol.IdleMeterSample(evse.Id, reading, measurands, context, now));
            Raise(Event(StationEventKind.MeterValuesSampled) with { EvseId = evse.Id, Detail = $"{context} {Text(evse.EnergyWh)} Wh" });
        }
    }

    private MeterReading ReadingOf(Evse evse)
        => new(evse.EnergyWh, evse.PowerW, evse.OfferedW, _options.VoltageV, _options.Phases, _options.FrequencyHz, evse.StateOfChargePercent);

    /// <summary>
    /// Brings the EVSE's meter up to <paramref name="now"/>: asks what it offers and what the vehicle draws, adds
    /// the energy, and moves the connector between Charging, SuspendedEV (the vehicle draws nothing) and
    /// SuspendedEVSE (nothing is offered). Under the lock.
    /// </summary>
    private void Advance(Evse evse, Session session, DateTimeOffset now, bool moveConnector = true)
    {
        var elapsed = now - session.LastMeterAt;
        if (elapsed <= TimeSpan.Zero)
        {
            return;
        }

        var offered = session.EnergyWithheld ? 0m : Math.Clamp(OfferedPowerW(evse, now), 0m, evse.MaxPowerW);
        var demand = _options.Load?.Demand(evse.Id, session.DisplayId, elapsed, offered) ?? new EvseDemand(offered);
        var power = Math.Clamp(demand.PowerW, 0m, offered);
        evse.Deliver(power, elapsed);
        evse.PowerW = power;
        evse.OfferedW = offered;
        evse.StateOfChargePercent = demand.StateOfChargePercent ?? evse.StateOfChargePercent;
        session.LastMeterAt = now;

        if (moveConnector)
        {
            SetChargingState(evse, session, offered == 0 ? ConnectorStatus.SuspendedEVSE : power == 0 ? ConnectorStatus.SuspendedEV : ConnectorStatus.Charging, now);
        }
    }

    /// <summary>Moves a charging connector to Charging, SuspendedEV or SuspendedEVSE and reports it (2.x: chargingState). Under the lock.</summary>
    private void SetChargingState(Evse evse, Session session, ConnectorStatus state, DateTimeOffset now)
    {
        var connector = evse.Connectors[session.ConnectorId - 1];
        if (connector.Status != state && connector.Status is ConnectorStatus.Charging or ConnectorStatus.SuspendedEV or ConnectorStatus.SuspendedEVSE)
        {
            Move(connector, state);
            if (_protocol.ChargingStateChanged(session, state, now) is { } message)
            {
                _queue.Enqueue(message);
            }
        }
    }

    /// <summary>The latest boundary at or before <paramref name="at"/>: midnight UTC plus whole intervals.</summary>
    private static DateTimeOffset AlignedBoundary(DateTimeOffset at, TimeSpan interval)
    {
        var midnight = new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero);
        return midnight + (interval * Math.Floor((at - midnight) / interval));
    }

    private decimal MaxPowerOf(int index)
        => _options.EvseMaxPowerW is { } ratings && index < ratings.Count ? ratings[index] : _options.ChargingPowerW;

    private static string Text(decimal value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
