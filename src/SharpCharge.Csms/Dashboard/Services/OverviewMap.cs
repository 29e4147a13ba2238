namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>
/// What the overview draws: the tile source, the chargers on the map, the heat layer, and every charger's state and
/// power (also those without coordinates) for the live KPI cards.
/// </summary>
internal sealed record OverviewMap(
    string TileUrl, string TileAttribution, IReadOnlyList<MapPoint> Chargers, IReadOnlyList<HeatPoint> Heat, IReadOnlyList<FleetEntry> Fleet);
