using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Geo;

/// <summary>
/// Where a charger goes on a map: its own coordinates when stored, else its station's. <see cref="Own"/> says which,
/// so a map can spread the chargers that share their station's point.
/// </summary>
internal readonly record struct ChargerPosition(double Latitude, double Longitude, bool Own)
{
    /// <summary>The charger's position, or null when neither it nor its station has coordinates.</summary>
    public static ChargerPosition? Of(ChargerDto charger, Station? station)
    {
        ArgumentNullException.ThrowIfNull(charger);
        if (charger is { Latitude: { } lat, Longitude: { } lon })
        {
            return new ChargerPosition(lat, lon, true);
        }

        return station is { Latitude: { } stationLat, Longitude: { } stationLon } ? new ChargerPosition(stationLat, stationLon, false) : null;
    }
}
