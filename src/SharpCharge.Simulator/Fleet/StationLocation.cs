namespace SharpCharge.Simulator.Fleet;

/// <summary>Where a template's stations stand: a site id and coordinates, spread by up to <see cref="JitterMeters"/>.</summary>
internal sealed record StationLocation(string? StationId, double Latitude, double Longitude, double JitterMeters);
