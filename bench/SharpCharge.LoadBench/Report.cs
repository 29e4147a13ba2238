using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SharpCharge.LoadBench;

/// <summary>
/// The result tables: per scenario, metric and target the median over the runs, the spread (lowest–highest), and
/// the ratio of the median to the baseline's median for the same metric. Written as Markdown and JSON.
/// </summary>
internal static class Report
{
    /// <summary>One row: a metric on one target over all runs.</summary>
    public sealed record Row(string Scenario, string Metric, string Unit, string Target, int Runs, double Median, double Min, double Max, double? RatioToBaseline);

    public static List<Row> Rows(IReadOnlyList<Measurement> measurements)
    {
        var rows = measurements
            .GroupBy(m => (m.Scenario, m.Metric, m.Unit, m.Target))
            .Select(g => new Row(g.Key.Scenario, g.Key.Metric, g.Key.Unit, g.Key.Target, g.Count(), Median(g.Select(m => m.Value)), g.Min(m => m.Value), g.Max(m => m.Value), null))
            .ToList();
        return [.. rows.Select(r =>
        {
            var baseline = rows.FirstOrDefault(b => b.Target == "baseline" && b.Scenario == r.Scenario && b.Metric == r.Metric);
            return r with { RatioToBaseline = baseline is { Median: > 0 } && r.Unit != "count" ? r.Median / baseline.Median : null };
        })];
    }

    /// <summary>Database size per 1,000 charger-days: 288 heartbeats, 1,440 meter values and one session a day each.</summary>
    public static IEnumerable<(string Target, double Bytes)> ChargerDays(IReadOnlyList<Row> rows)
    {
        foreach (var target in rows.Where(r => r.Scenario == "database").Select(r => r.Target).Distinct())
        {
            double PerCall(string mix) => rows.FirstOrDefault(r => r.Target == target && r.Metric == $"bytes per {mix} call")?.Median ?? 0;
            // A start/stop pair is two calls.
            yield return (target, 1000 * ((288 * PerCall("heartbeat")) + (1440 * PerCall("meter-values")) + (2 * PerCall("start-stop"))));
        }
    }

    public static string Markdown(IReadOnlyList<Row> rows, BenchOptions options, string machine, DateTime started, TimeSpan took)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Load benchmark results ({started:yyyy-MM-dd HH:mm} UTC, {took.TotalMinutes:0.0} min)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}. Runs: {options.Runs} (targets alternate within each run). Throughput and latency: {options.Concurrency} connections, {options.Warmup.TotalSeconds:0} s warm-up, {options.Measure.TotalSeconds:0} s measured. OCPP 1.6. Server pinned to core 0 and load to core 1: {(options.Pin && Environment.ProcessorCount > 1 ? "yes" : "no")}.");
        text.AppendLine();
        text.AppendLine("Median (lowest–highest) over the runs; ratio = median / the baseline's median.");
        foreach (var scenario in rows.Select(r => r.Scenario).Distinct())
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {scenario}");
            text.AppendLine();
            text.AppendLine("| metric | target | median | spread | ratio to baseline |");
            text.AppendLine("|---|---|---:|---:|---:|");
            foreach (var row in rows.Where(r => r.Scenario == scenario))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Metric} ({row.Unit}) | {row.Target} | {Format(row.Median)} | {Format(row.Min)}–{Format(row.Max)} | {(row.RatioToBaseline is { } ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) : "")} |");
            }
        }

        var days = ChargerDays(rows).ToList();
        if (days.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## database size per 1,000 charger-days");
            text.AppendLine();
            text.AppendLine("288 heartbeats, 1,440 MeterValues of 10 sampled values and one start/stop pair per charger and day, from the bytes per call above.");
            text.AppendLine();
            text.AppendLine("| target | MiB per 1,000 charger-days |");
            text.AppendLine("|---|---:|");
            foreach (var (target, bytes) in days)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {target} | {bytes / 1048576.0:0.0} |");
            }
        }

        return text.ToString();
    }

    public static string Json(IReadOnlyList<Measurement> measurements, IReadOnlyList<Row> rows, string machine, DateTime started)
        => JsonSerializer.Serialize(new { started, machine, rows, measurements }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Format(double value) => Math.Abs(value) switch
    {
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
