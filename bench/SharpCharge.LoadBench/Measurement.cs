namespace SharpCharge.LoadBench;

/// <summary>One figure of one run: e.g. scenario "throughput", metric "heartbeat rt/s", target "csms-sqlite", run 2.</summary>
internal sealed record Measurement(string Scenario, string Metric, string Unit, string Target, int Run, double Value);
