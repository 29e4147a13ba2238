using SharpCharge.Station.Model;

namespace SharpCharge.Station;

/// <summary>The power an EVSE offers: the meter loop caps what the vehicle draws with it.</summary>
public sealed partial class ChargingStation
{
    /// <summary>The most <paramref name="evse"/> offers at <paramref name="now"/>, in W. Called under the station's lock.</summary>
    internal decimal OfferedPowerW(Evse evse, DateTimeOffset now)
    {
        _ = evse;
        _ = now;
        return _options.ChargingPowerW;
    }
}
