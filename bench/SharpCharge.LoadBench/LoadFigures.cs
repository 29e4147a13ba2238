using System.Text.Json;

namespace SharpCharge.LoadBench;

/// <summary>The simulator's JSON summary, summed over its processes (docs/simulator.md, "Load summary").</summary>
internal sealed record LoadFigures(
    long Stations,
    long Booted,
    long Errors,
    long Calls,
    long MeasuredCalls,
    double CallsPerSecond,
    double? AllBootedSeconds,
    double P50,
    double P95,
    double P99,
    double P999)
{
    public static LoadFigures Read(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var latency = root.GetProperty("latencyMs");
        return new LoadFigures(
            root.GetProperty("stations").GetInt64(),
            root.GetProperty("booted").GetInt64(),
            root.GetProperty("connectFailures").GetInt64() + root.GetProperty("bootRejected").GetInt64() + root.GetProperty("callErrors").GetInt64()
                + root.GetProperty("timeouts").GetInt64() + root.GetProperty("disconnects").GetInt64(),
            root.GetProperty("calls").GetInt64(),
            root.GetProperty("measuredCalls").GetInt64(),
            root.GetProperty("callsPerSecond").GetDouble(),
            root.GetProperty("allBootedSeconds").ValueKind == JsonValueKind.Number ? root.GetProperty("allBootedSeconds").GetDouble() : null,
            latency.GetProperty("p50").GetDouble(),
            latency.GetProperty("p95").GetDouble(),
            latency.GetProperty("p99").GetDouble(),
            latency.GetProperty("p999").GetDouble());
    }

    /// <summary>
    /// Several processes' figures as one: counts and rates add up, the boot time is the slowest process's, and the
    /// percentiles are the worst of the processes' (an upper bound; one process is the usual case).
    /// </summary>
    public static LoadFigures Combine(IReadOnlyList<LoadFigures> parts) => parts.Count == 1 ? parts[0] : new LoadFigures(
        parts.Sum(p => p.Stations),
        parts.Sum(p => p.Booted),
        parts.Sum(p => p.Errors),
        parts.Sum(p => p.Calls),
        parts.Sum(p => p.MeasuredCalls),
        parts.Sum(p => p.CallsPerSecond),
        parts.All(p => p.AllBootedSeconds is not null) ? parts.Max(p => p.AllBootedSeconds) : null,
        parts.Max(p => p.P50),
        parts.Max(p => p.P95),
        parts.Max(p => p.P99),
        parts.Max(p => p.P999));
}
