namespace SharpCharge.Simulator.Load;

/// <summary>The JSON summary of a load run (<c>--json-summary</c>); docs/simulator.md explains each field.</summary>
internal sealed record LoadSummary(
    string Version,
    string Mix,
    int Stations,
    long Connected,
    long Booted,
    long ConnectFailures,
    long BootRejected,
    long Calls,
    long MeasuredCalls,
    long CallErrors,
    long Timeouts,
    long Disconnects,
    double? AllBootedSeconds,
    double Seconds,
    double CallsPerSecond,
    LatencySummary LatencyMs);
