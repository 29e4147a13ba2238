namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>A charger on the map: at its station's coordinates, coloured by <see cref="State"/> (see <see cref="ChargerState"/>).</summary>
internal sealed record MapPoint(string ChargerId, string StationId, string StationName, double Latitude, double Longitude, string State, decimal PowerKw);
