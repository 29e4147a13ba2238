using SharpCharge.Simulator.Fleet;

namespace SharpCharge.Simulator.Scenarios;

/// <summary>Checks a script against the fleet before anything starts: every step names a station and an EVSE that exist.</summary>
internal static class ScenarioCheck
{
    public static void Validate(string file, IReadOnlyList<ScenarioStep> steps, IReadOnlyList<StationPlan> plans, Uri csms)
    {
        var byId = plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!byId.TryGetValue(step.StationId, out var plan))
            {
                throw new SimulatorFileException(file, step.Line, $"station '{step.StationId}' is not in the fleet (first ids: {string.Join(", ", plans.Take(3).Select(p => p.Id))}).");
            }

            if (step.EvseId > plan.Template.Evses)
            {
                throw new SimulatorFileException(file, step.Line, $"evse {step.EvseId} does not exist: station '{step.StationId}' has {plan.Template.Evses}.");
            }

            if (step.Action is ScenarioAction.Offline && csms.Scheme != "ws")
            {
                throw new SimulatorFileException(file, step.Line, "offline steps need a ws:// central system (the relay that cuts the network cannot carry TLS).");
            }
        }
    }
}
