namespace SharpCharge.Simulator.Run;

/// <summary>The JSON summary of a fleet run (<c>--json-summary</c>); docs/simulator.md explains each field.</summary>
internal sealed record RunSummary(
    int Stations,
    int StationsOnline,
    long Boots,
    long ConnectFailures,
    long Disconnects,
    long SessionsStarted,
    long SessionsRefused,
    long SessionsCompleted,
    long RemoteStarts,
    decimal EnergyKWh,
    long MessagesDelivered,
    long MessagesDropped,
    long QueuedAtEnd,
    double SimulatedSeconds,
    double RealSeconds,
    double Speed,
    int Seed);
