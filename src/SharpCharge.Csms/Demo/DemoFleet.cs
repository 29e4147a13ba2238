using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Import;
using SharpCharge.Simulator.Fleet;

namespace SharpCharge.Csms.Demo;

/// <summary>Turns the imported fleet file into the simulator's fleet: one station per charger, and the drivers' usable tokens.</summary>
internal static class DemoFleet
{
    /// <summary>Longest token a 1.6 charger can send (idTag is CiString20).</summary>
    private const int MaxIdTagLength = 20;

    public static FleetDefinition ToSimulatorFleet(FleetFile fleet, TimeSpan meterInterval, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var stations = fleet.Stations.ToDictionary(s => s.Station.Id, s => s.Station, StringComparer.Ordinal);
        var templates = fleet.Chargers
            .Select(c =>
            {
                // A charger without its own coordinates stands at its station's.
                var site = c.StationId is not null ? stations.GetValueOrDefault(c.StationId) : null;
                var lat = c.Latitude ?? site?.Latitude;
                var lon = c.Longitude ?? site?.Longitude;
                return new StationTemplate
                {
                    Name = c.Id,

                    // The import refuses braces in charger ids, so the id is a format string that prints itself.
                    IdPattern = c.Id,
                    Vendor = c.Vendor ?? "SharpCharge",
                    Model = c.Model ?? "SC-Sim",
                    Version = VersionText.Parse(c.OcppVersion),
                    Evses = c.Evses,
                    MaxPowerKw = c.MaxPowerKw,
                    Dc = c.Dc,
                    MeterInterval = meterInterval,
                    Location = lat is { } la && lon is { } lo ? new StationLocation(c.StationId, la, lo, 0) : null,
                };
            })
            .ToList();

        // Drivers carry the cards the central system accepts; blocked and expired ones stay in the drawer.
        var tokens = fleet.Tokens
            .Select(t => t.Token)
            .Where(t => t.Status == IdTokenStatus.Accepted && (t.ExpiresAt is null || t.ExpiresAt > now) && t.Value.Length <= MaxIdTagLength)
            .Select(t => t.Value)
            .ToList();
        return new FleetDefinition(templates, tokens);
    }
}
