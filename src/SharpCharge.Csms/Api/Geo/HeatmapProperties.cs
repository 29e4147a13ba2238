namespace SharpCharge.Csms.Api.Geo;

/// <summary>A heatmap point: the energy delivered at a station (kWh) and, as <c>weight</c>, that energy relative to the busiest station (0 to 1).</summary>
internal sealed record HeatmapProperties(string StationId, decimal EnergyKwh, double Weight);
