namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>
/// A chart's data in uPlot's shape: x values in Unix seconds and one array of y values per series (null for a gap).
/// </summary>
internal sealed record ChartData(IReadOnlyList<long> X, IReadOnlyList<IReadOnlyList<decimal?>> Series, IReadOnlyList<string> Labels);
