using SharpCharge.Ocpp.SmartCharging;
using SharpCharge.Station.Model;

namespace SharpCharge.Station;

/// <summary>The power an EVSE offers: the meter loop caps what the vehicle draws with it.</summary>
public sealed partial class ChargingStation
{
    /// <summary>The electrical limits of one EVSE for the calculator: its own rating, the station's voltage and phases.</summary>
    private EvseElectrical Electrical(decimal maxPowerW) => new()
    {
        MaxPowerW = maxPowerW,
        NominalVoltage = _options.VoltageV,
        Phases = _options.Phases,
    };

    /// <summary>
    /// The most <paramref name="evse"/> offers at <paramref name="now"/>, in W: the lower of its rating and its
    /// composite limit then, where a TxProfile counts only while its own transaction runs. The station max is for
    /// all EVSEs together (1.6 §3.13.3), so the EVSEs with a session share it equally. Called under the station's lock.
    /// </summary>
    internal decimal OfferedPowerW(Evse evse, DateTimeOffset now)
    {
        var input = EvseInput(evse, now, duration: 0, ChargingRateUnit.W);
        var offered = CompositeScheduleCalculator.LimitWAt(input, now);
        if (CompositeScheduleCalculator.StationLimitWAt(input.StationProfiles, input.Evse, now) is { } stationLimit)
        {
            var sharing = Math.Max(1, _evses.Count(e => e.Session is not null));
            offered = Math.Min(offered, stationLimit / sharing);
        }

        return offered;
    }

    /// <summary>What the calculator needs for one EVSE. Under the station's lock.</summary>
    private CompositeScheduleInput EvseInput(Evse evse, DateTimeOffset start, int duration, ChargingRateUnit unit)
    {
        var (station, own) = _profiles.For(evse);
        return new CompositeScheduleInput
        {
            Start = start,
            Duration = duration,
            Unit = unit,
            Evse = Electrical(evse.MaxPowerW),
            StationProfiles = station,
            EvseProfiles = own,
            TransactionStart = evse.Session?.StartedAt,
        };
    }
}
