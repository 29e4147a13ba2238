namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>
/// A charger on the map, coloured by <see cref="State"/> (see <see cref="ChargerState"/>): at its own coordinates
/// (<see cref="Own"/>) or else at its station's, where the page spreads the chargers on a small ring.
/// </summary>
internal sealed record MapPoint(string ChargerId, string? StationId, string? StationName, double Latitude, double Longitude, string State, decimal PowerKw, bool Own);
