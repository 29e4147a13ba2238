using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SharpCharge.Simulator.Fleet;

/// <summary>
/// Reads typed fields out of a YAML node tree (JSON is read the same way: it is YAML's flow style), naming the
/// field path and the line in every error. Only the parser and the node model are used, no reflection.
/// </summary>
internal sealed class YamlFields(string file)
{
    public YamlMappingNode LoadRoot(TextReader reader)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new SimulatorFileException(file, e.Start.Line, "not valid YAML or JSON: " + e.Message);
        }

        if (stream.Documents.Count == 0)
        {
            throw new SimulatorFileException(file, 0, "the file is empty.");
        }

        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw Error(stream.Documents[0].RootNode, "(root)", "must be a mapping of fields (key: value).");
    }

    public SimulatorFileException Error(YamlNode node, string path, string problem) => new(file, node.Start.Line, $"{path} {problem}");

    /// <summary>Refuses keys the format does not know, so a typo does not silently fall back to a default.</summary>
    public void OnlyKnown(YamlMappingNode mapping, string path, params string[] known)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw Error(key, Join(path, name), $"is not a known field (expected one of: {string.Join(", ", known)}).");
            }
        }
    }

    public YamlNode? Find(YamlMappingNode mapping, string key)
        => mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public YamlMappingNode? Mapping(YamlMappingNode parent, string path, string key)
        => Find(parent, key) switch
        {
            null => null,
            YamlMappingNode mapping => mapping,
            var other => throw Error(other, Join(path, key), "must be a mapping of fields."),
        };

    public YamlSequenceNode? Sequence(YamlMappingNode parent, string path, string key)
        => Find(parent, key) switch
        {
            null => null,
            YamlSequenceNode sequence => sequence,
            var other => throw Error(other, Join(path, key), "must be a list."),
        };

    public string? String(YamlMappingNode parent, string path, string key)
        => Find(parent, key) switch
        {
            null => null,
            YamlScalarNode { Value: { } value } => value,
            var other => throw Error(other, Join(path, key), "must be a single value."),
        };

    public int? Int(YamlMappingNode parent, string path, string key, int min, int max)
    {
        if (String(parent, path, key) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Error(Find(parent, key)!, Join(path, key), $"must be a whole number from {min} to {max} (found '{text}').");
        }

        return value;
    }

    public decimal? Decimal(YamlMappingNode parent, string path, string key, decimal min, decimal max)
    {
        if (String(parent, path, key) is not { } text)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Error(Find(parent, key)!, Join(path, key), $"must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (found '{text}').");
        }

        return value;
    }

    public TimeSpan? Duration(YamlMappingNode parent, string path, string key, TimeSpan min, TimeSpan max)
    {
        if (String(parent, path, key) is not { } text)
        {
            return null;
        }

        if (!DurationText.TryParse(text, out var value) || value < min || value > max)
        {
            throw Error(Find(parent, key)!, Join(path, key), $"must be a duration like 90s, 15m or 2h from {DurationText.Format(min)} to {DurationText.Format(max)} (found '{text}').");
        }

        return value;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
