using SharpCharge.Ocpp;
using SharpCharge.Simulator.Fleet;
using SharpCharge.Simulator.Scenarios;

namespace SharpCharge.Simulator.Run;

/// <summary>Everything a fleet run needs, checked by the command line before it starts.</summary>
internal sealed record RunSettings
{
    public required Uri Csms { get; init; }

    public OcppVersion Version { get; init; } = OcppVersion.V16;

    public string? Password { get; init; }

    public required FleetDefinition Fleet { get; init; }

    /// <summary>A scripted scenario; null plays random arrivals.</summary>
    public IReadOnlyList<ScenarioStep>? Script { get; init; }

    /// <summary>Share of the time each EVSE is occupied with random arrivals, 0 to 1.</summary>
    public double Utilisation { get; init; } = 0.3;

    public double Speed { get; init; } = 1;

    public int Seed { get; init; }

    /// <summary>Simulated time to run; null runs until cancelled (or, with a script, a minute past its last step).</summary>
    public TimeSpan? Duration { get; init; }

    public bool Quiet { get; init; }

    public string? JsonSummaryPath { get; init; }

    /// <summary>The protocol trace every station writes to; null writes none.</summary>
    public Ocpp.Diagnostics.OcppProtocolTrace? ProtocolTrace { get; init; }

    /// <summary>Stations started per real second, so a large fleet does not open every socket at once.</summary>
    public int RampPerSecond { get; init; } = 200;
}
