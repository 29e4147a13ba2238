namespace SharpCharge.Simulator.Load;

/// <summary>Round-trip percentiles in milliseconds (bucket upper bounds, within about 3 %).</summary>
internal sealed record LatencySummary(double P50, double P90, double P95, double P99, double P999, double Max);
