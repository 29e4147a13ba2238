using SharpCharge.Simulator.Ev;

namespace SharpCharge.Simulator.Scenarios;

/// <summary>One line of a scripted scenario: at simulated time <see cref="At"/> after the start, do <see cref="Action"/>.</summary>
internal sealed record ScenarioStep(TimeSpan At, ScenarioAction Action, string StationId, int EvseId, long Line)
{
    public string? Token { get; init; }

    /// <summary>For <see cref="ScenarioAction.PlugIn"/>: the vehicle, or null for a random one.</summary>
    public EvProfile? Vehicle { get; init; }
}
