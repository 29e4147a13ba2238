using SharpCharge.Simulator.Ev;
using SharpCharge.Simulator.Fleet;
using YamlDotNet.RepresentationModel;

namespace SharpCharge.Simulator.Scenarios;

/// <summary>
/// Reads a scripted scenario (YAML or JSON): a list of steps <c>{ at, station, evse, action, token, vehicle }</c>
/// sorted by time. Station ids are checked against the fleet when the run starts.
/// </summary>
internal static class ScenarioFileReader
{
    private static readonly string[] RootFields = ["steps"];

    private static readonly string[] StepFields = ["at", "station", "evse", "action", "token", "vehicle"];

    private static readonly string[] VehicleFields = ["capacityKwh", "socStart", "socTarget", "maxPowerKw", "dwell"];

    public static IReadOnlyList<ScenarioStep> ReadFile(string path)
    {
        try
        {
            return Read(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SimulatorFileException(path, 0, "cannot be read: " + e.Message);
        }
    }

    public static IReadOnlyList<ScenarioStep> Read(string file, string text)
    {
        var fields = new YamlFields(file);
        using var reader = new StringReader(text);
        var root = fields.LoadRoot(reader);
        fields.OnlyKnown(root, string.Empty, RootFields);
        var list = fields.Sequence(root, string.Empty, "steps") ?? throw new SimulatorFileException(file, root.Start.Line, "steps is missing: list the scenario's steps.");
        var steps = new List<ScenarioStep>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            steps.Add(ReadStep(fields, list.Children[i], $"steps[{i}]"));
        }

        // Stable: steps at the same time keep the file's order.
        return [.. steps.OrderBy(s => s.At)];
    }

    private static ScenarioStep ReadStep(YamlFields fields, YamlNode node, string path)
    {
        if (node is not YamlMappingNode map)
        {
            throw fields.Error(node, path, "must be a mapping of fields.");
        }

        fields.OnlyKnown(map, path, StepFields);
        var at = fields.Duration(map, path, "at", TimeSpan.Zero, TimeSpan.FromDays(365)) ?? throw fields.Error(map, path + ".at", "is missing: give the time after the start, e.g. 90s or 15m.");
        var station = fields.String(map, path, "station") ?? throw fields.Error(map, path + ".station", "is missing: give the station id.");
        var actionText = fields.String(map, path, "action") ?? throw fields.Error(map, path + ".action", "is missing.");
        var action = actionText switch
        {
            "plug-in" => ScenarioAction.PlugIn,
            "authorize" => ScenarioAction.Authorize,
            "unplug" => ScenarioAction.Unplug,
            "offline" => ScenarioAction.Offline,
            "online" => ScenarioAction.Online,
            _ => throw fields.Error(fields.Find(map, "action")!, path + ".action", $"must be plug-in, authorize, unplug, offline or online (found '{actionText}')."),
        };
        return new ScenarioStep(at, action, station, fields.Int(map, path, "evse", 1, 1000) ?? 1, map.Start.Line)
        {
            Token = fields.String(map, path, "token"),
            Vehicle = ReadVehicle(fields, map, path),
        };
    }

    private static EvProfile? ReadVehicle(YamlFields fields, YamlMappingNode map, string path)
    {
        path += ".vehicle";
        if (fields.Mapping(map, path, "vehicle") is not { } vehicle)
        {
            return null;
        }

        fields.OnlyKnown(vehicle, path, VehicleFields);
        var start = fields.Decimal(vehicle, path, "socStart", 0m, 100m) ?? 20m;
        var target = fields.Decimal(vehicle, path, "socTarget", 0m, 100m) ?? 80m;
        if (target < start)
        {
            throw fields.Error(vehicle, path + ".socTarget", $"must not be below socStart ({start}).");
        }

        return new EvProfile(
            fields.Decimal(vehicle, path, "capacityKwh", 1m, 500m) ?? 60m,
            start,
            target,
            (fields.Decimal(vehicle, path, "maxPowerKw", 1m, 1000m) ?? 11m) * 1000m,
            fields.Duration(vehicle, path, "dwell", TimeSpan.Zero, TimeSpan.FromDays(1)) ?? TimeSpan.FromMinutes(5));
    }
}
