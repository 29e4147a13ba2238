using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Domain.Reporting;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Geo;

/// <summary>
/// Maps: <c>/api/geo/chargers</c> (a point per charger, at its own coordinates or else its station's) and <c>/api/geo/heatmap</c>
/// (a weighted point per station by the energy delivered there). Chargers and stations without coordinates are left out.
/// </summary>
internal static class GeoEndpoints
{
    public static void MapGeoEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/geo").WithTags("Geo");
        group.MapGet("/chargers", ChargersAsync).WithName("GetChargerMap")
            .WithSummary("GeoJSON FeatureCollection: a Point per charger with status and power (kW).");
        group.MapGet("/heatmap", HeatmapAsync).WithName("GetEnergyHeatmap")
            .WithSummary("GeoJSON FeatureCollection: a Point per station weighted by the energy of its ended sessions.");
    }

    private static async Task<Ok<GeoFeatureCollection<ChargerGeoProperties>>> ChargersAsync(
        IReportingStore reports, IStationService stations, CancellationToken cancellationToken)
    {
        var byId = (await stations.ListAsync(cancellationToken)).ToDictionary(s => s.Id);
        var chargers = ChargerViews.Build(await reports.GetFleetAsync(null, null, cancellationToken));
        var features = new List<GeoFeature<ChargerGeoProperties>>();
        foreach (var charger in chargers)
        {
            var station = charger.StationId is { } id ? byId.GetValueOrDefault(id) : null;
            if (ChargerPosition.Of(charger, station) is { } position)
            {
                features.Add(GeoFeature<ChargerGeoProperties>.Point(
                    position.Latitude,
                    position.Longitude,
                    new ChargerGeoProperties(charger.ChargerId, station?.Id, station?.Name, charger.Status, charger.CurrentPower, charger.Connected)));
            }
        }

        return TypedResults.Ok(GeoFeatureCollection<ChargerGeoProperties>.Of(features));
    }

    /// <summary>Also the dashboard's heat layer.</summary>
    internal static async Task<Ok<GeoFeatureCollection<HeatmapProperties>>> HeatmapAsync(
        IReportingStore reports, IStationService stations, CancellationToken cancellationToken)
    {
        var located = (await stations.ListAsync(cancellationToken))
            .Where(s => s.Latitude is not null && s.Longitude is not null)
            .ToDictionary(s => s.Id);
        var energy = (await reports.EnergyByStationAsync(cancellationToken)).Where(e => located.ContainsKey(e.StationId) && e.EnergyWh > 0).ToList();
        var max = energy.Count == 0 ? 0m : energy.Max(e => e.EnergyWh);
        var features = energy
            .Select(e => GeoFeature<HeatmapProperties>.Point(
                located[e.StationId].Latitude!.Value,
                located[e.StationId].Longitude!.Value,
                new HeatmapProperties(e.StationId, Math.Round(e.EnergyWh / 1000m, 4), Math.Round((double)(e.EnergyWh / max), 4))))
            .ToList();
        return TypedResults.Ok(GeoFeatureCollection<HeatmapProperties>.Of(features));
    }
}
