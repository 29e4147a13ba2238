namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>A station on the heat layer: its energy delivered relative to the busiest station, 0 to 1.</summary>
internal sealed record HeatPoint(double Latitude, double Longitude, double Weight, decimal EnergyKwh);
