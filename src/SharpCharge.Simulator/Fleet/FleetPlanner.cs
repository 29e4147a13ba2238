using System.Globalization;
using SharpCharge.Ocpp;

namespace SharpCharge.Simulator.Fleet;

/// <summary>Turns a fleet (from a file, or the command line's --count and --id-prefix) into the list of stations to play.</summary>
internal static class FleetPlanner
{
    private const double MetersPerDegreeLatitude = 111_320;

    /// <summary>
    /// The fleet the command line describes without a file: <paramref name="count"/> single-EVSE stations
    /// <c>{prefix}0001</c>… and twice as many drivers' tokens <c>TAG-0001</c>… (at least four).
    /// </summary>
    public static FleetDefinition FromCount(int count, string idPrefix, TimeSpan meterInterval)
        => new(
            [new StationTemplate { Name = "default", Count = count, IdPattern = idPrefix + "{0:0000}", MeterInterval = meterInterval }],
            [.. Enumerable.Range(1, Math.Max(4, count * 2)).Select(n => $"TAG-{n:0000}")]);

    public static IReadOnlyList<StationPlan> Plan(FleetDefinition fleet, OcppVersion defaultVersion, Random random)
    {
        var plans = new List<StationPlan>(fleet.StationCount);
        foreach (var template in fleet.Templates)
        {
            for (var n = 1; n <= template.Count; n++)
            {
                var id = string.Format(CultureInfo.InvariantCulture, template.IdPattern, n);
                var (lat, lon) = Place(template.Location, random);
                plans.Add(new StationPlan(id, template.Version ?? defaultVersion, template, lat, lon));
            }
        }

        return plans;
    }

    /// <summary>A point within the jitter radius, uniform over the disc.</summary>
    private static (double? Lat, double? Lon) Place(StationLocation? location, Random random)
    {
        if (location is null)
        {
            return (null, null);
        }

        var distance = location.JitterMeters * Math.Sqrt(random.NextDouble());
        var angle = random.NextDouble() * 2 * Math.PI;
        var lat = location.Latitude + (distance * Math.Cos(angle) / MetersPerDegreeLatitude);
        var lon = location.Longitude + (distance * Math.Sin(angle) / (MetersPerDegreeLatitude * Math.Cos(location.Latitude * Math.PI / 180)));
        return (Math.Round(lat, 6), Math.Round(lon, 6));
    }
}
