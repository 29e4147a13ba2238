using System.Globalization;
using SharpCharge.Ocpp;
using YamlDotNet.RepresentationModel;

namespace SharpCharge.Simulator.Fleet;

/// <summary>
/// Reads a fleet file (YAML, or JSON which is read as YAML's flow style) into a checked
/// <see cref="FleetDefinition"/>. Every problem is a <see cref="SimulatorFileException"/> naming the field and
/// its line; unknown fields are refused so a typo cannot fall back to a default. docs/simulator.md has the format.
/// </summary>
internal static class FleetFileReader
{
    public const int MaxStations = 100_000;

    private static readonly string[] RootFields = ["templates", "tokens"];

    private static readonly string[] TemplateFields =
        ["name", "vendor", "model", "count", "idPattern", "version", "evses", "connectorsPerEvse", "maxPowerKw", "dc", "phases", "voltage", "meterInterval", "location"];

    private static readonly string[] LocationFields = ["stationId", "lat", "lon", "jitterMeters"];

    public static FleetDefinition ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SimulatorFileException(path, 0, "cannot be read: " + e.Message);
        }

        return Read(path, text);
    }

    public static FleetDefinition Read(string file, string text)
    {
        var fields = new YamlFields(file);
        using var reader = new StringReader(text);
        var root = fields.LoadRoot(reader);
        fields.OnlyKnown(root, string.Empty, RootFields);
        var list = fields.Sequence(root, string.Empty, "templates")
            ?? throw new SimulatorFileException(file, root.Start.Line, "templates is missing: list at least one station template.");
        if (list.Children.Count == 0)
        {
            throw fields.Error(list, "templates", "is empty: list at least one station template.");
        }

        var templates = list.Children.Select((node, index) => ReadTemplate(fields, node, $"templates[{index}]")).ToList();
        var tokens = ReadTokens(fields, root);
        CheckFleet(fields, list, templates);
        return new FleetDefinition(templates, tokens);
    }

    private static StationTemplate ReadTemplate(YamlFields fields, YamlNode node, string path)
    {
        if (node is not YamlMappingNode map)
        {
            throw fields.Error(node, path, "must be a mapping of fields.");
        }

        fields.OnlyKnown(map, path, TemplateFields);
        var pattern = fields.String(map, path, "idPattern") ?? throw fields.Error(map, path + ".idPattern", "is missing: give a pattern like \"ACME-{0:0000}\".");
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, pattern, 1);
        }
        catch (FormatException)
        {
            throw fields.Error(fields.Find(map, "idPattern")!, path + ".idPattern", $"is not a valid pattern (found '{pattern}'): use {{0}} for the station number, e.g. \"ACME-{{0:0000}}\".");
        }

        if (!pattern.Contains("{0", StringComparison.Ordinal))
        {
            throw fields.Error(fields.Find(map, "idPattern")!, path + ".idPattern", "must contain {0} (the station number), or every station would get the same id.");
        }

        var template = new StationTemplate
        {
            Name = fields.String(map, path, "name") ?? path,
            IdPattern = pattern,
            Vendor = fields.String(map, path, "vendor") ?? "SharpCharge",
            Model = fields.String(map, path, "model") ?? "SC-Sim",
            Count = fields.Int(map, path, "count", 1, MaxStations) ?? 1,
            Version = ReadVersion(fields, map, path),
            Evses = fields.Int(map, path, "evses", 1, 1000) ?? 1,
            ConnectorsPerEvse = fields.Int(map, path, "connectorsPerEvse", 1, 16) ?? 1,
            MaxPowerKw = fields.Decimal(map, path, "maxPowerKw", 1m, 1000m) ?? 22m,
            Dc = ReadBool(fields, map, path, "dc") ?? false,
            Phases = fields.Int(map, path, "phases", 1, 3) ?? 3,
            VoltageV = fields.Decimal(map, path, "voltage", 100m, 1000m) ?? 230m,
            MeterInterval = fields.Duration(map, path, "meterInterval", TimeSpan.FromSeconds(1), TimeSpan.FromHours(24)) ?? TimeSpan.FromSeconds(60),
            Location = ReadLocation(fields, map, path),
        };
        if (template.Phases == 2)
        {
            throw fields.Error(fields.Find(map, "phases")!, path + ".phases", "must be 1 or 3.");
        }

        if (template.ConnectorsPerEvse > 1 && template.Version == OcppVersion.V16)
        {
            throw fields.Error(fields.Find(map, "connectorsPerEvse")!, path + ".connectorsPerEvse", "must be 1 for OCPP 1.6 stations (1.6 connector n is EVSE n).");
        }

        return template;
    }

    private static OcppVersion? ReadVersion(YamlFields fields, YamlMappingNode map, string path)
    {
        var text = fields.String(map, path, "version");
        return text is null ? null : VersionText.Parse(text) ?? throw fields.Error(fields.Find(map, "version")!, path + ".version", $"must be 1.6, 2.0.1 or 2.1 (found '{text}').");
    }

    private static bool? ReadBool(YamlFields fields, YamlMappingNode map, string path, string key)
        => fields.String(map, path, key) switch
        {
            null => null,
            "true" => true,
            "false" => false,
            var other => throw fields.Error(fields.Find(map, key)!, YamlFields.Join(path, key), $"must be true or false (found '{other}')."),
        };

    private static StationLocation? ReadLocation(YamlFields fields, YamlMappingNode map, string path)
    {
        path += ".location";
        if (fields.Mapping(map, path, "location") is not { } location)
        {
            return null;
        }

        fields.OnlyKnown(location, path, LocationFields);
        var lat = fields.Decimal(location, path, "lat", -90m, 90m) ?? throw fields.Error(location, path + ".lat", "is missing: give the latitude in degrees.");
        var lon = fields.Decimal(location, path, "lon", -180m, 180m) ?? throw fields.Error(location, path + ".lon", "is missing: give the longitude in degrees.");
        var jitter = fields.Decimal(location, path, "jitterMeters", 0m, 100_000m) ?? 0m;
        return new StationLocation(fields.String(location, path, "stationId"), (double)lat, (double)lon, (double)jitter);
    }

    private static List<string> ReadTokens(YamlFields fields, YamlMappingNode root)
    {
        if (fields.Sequence(root, string.Empty, "tokens") is not { } list)
        {
            return [];
        }

        var tokens = new List<string>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (list.Children[i] is not YamlScalarNode { Value: { Length: > 0 and <= 20 } token })
            {
                throw fields.Error(list.Children[i], $"tokens[{i}]", "must be a token of 1 to 20 characters (the 1.6 idTag limit).");
            }

            tokens.Add(token);
        }

        return tokens;
    }

    private static void CheckFleet(YamlFields fields, YamlSequenceNode list, List<StationTemplate> templates)
    {
        var total = templates.Sum(t => (long)t.Count);
        if (total > MaxStations)
        {
            throw fields.Error(list, "templates", $"add up to {total} stations; one simulator process plays at most {MaxStations}.");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < templates.Count; t++)
        {
            for (var n = 1; n <= templates[t].Count; n++)
            {
                var id = string.Format(CultureInfo.InvariantCulture, templates[t].IdPattern, n);
                if (!seen.TryAdd(id, t))
                {
                    throw fields.Error(list.Children[t], $"templates[{t}].idPattern", $"gives the id '{id}' that templates[{seen[id]}] already uses: make the patterns differ.");
                }
            }
        }
    }
}
