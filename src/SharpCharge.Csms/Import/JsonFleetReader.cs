using System.Text;
using System.Text.Json;

namespace SharpCharge.Csms.Import;

/// <summary>
/// Reads a JSON fleet file: an object with the arrays <c>stations</c>, <c>chargers</c> and <c>tokens</c> (each
/// optional) of flat objects; a station may nest its prices in <c>tariff</c>. Comments and trailing commas are
/// allowed, since operators edit the file by hand. Every field keeps its line, so later checks can name it.
/// </summary>
internal static class JsonFleetReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<RawRecord> Read(string fileName, ReadOnlySpan<byte> json)
    {
        if (json.StartsWith(Encoding.UTF8.Preamble))
        {
            json = json[Encoding.UTF8.Preamble.Length..];
        }

        var lines = new LineIndex(json);
        var records = new List<RawRecord>();
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, fileName, lines, "the file must hold one JSON object with stations, chargers and tokens");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var section = reader.GetString()!;
                var line = lines.LineOf(reader.TokenStartIndex);
                var kind = section switch
                {
                    "stations" => RecordKind.Station,
                    "chargers" => RecordKind.Charger,
                    "tokens" => RecordKind.Token,
                    _ => throw new FleetFileException($"{fileName} line {line}: unknown section '{section}' (expected stations, chargers or tokens)."),
                };
                Expect(ref reader, JsonTokenType.StartArray, fileName, lines, $"{section} must be an array of objects");
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    records.Add(ReadRecord(ref reader, kind, $"{section}[{index++}]", fileName, lines));
                }
            }
        }
        catch (JsonException e)
        {
            throw new FleetFileException($"{fileName} line {e.LineNumber + 1}: not valid JSON ({FirstSentence(e.Message)}).", e);
        }

        return records;
    }

    private static RawRecord ReadRecord(ref Utf8JsonReader reader, RecordKind kind, string path, string fileName, LineIndex lines)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FleetFileException($"{fileName} line {line}: {path} must be an object.");
        }

        var fields = new Dictionary<string, RawField>(StringComparer.Ordinal);
        ReadFields(ref reader, path + ".", fields, nested: kind == RecordKind.Station, fileName, lines);
        return new RawRecord(kind, line, path, fields);
    }

    /// <summary>Reads the properties of the object the reader stands on; a station's <c>tariff</c> object is flattened into it.</summary>
    private static void ReadFields(ref Utf8JsonReader reader, string prefix, Dictionary<string, RawField> fields, bool nested, string fileName, LineIndex lines)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var line = lines.LineOf(reader.TokenStartIndex);
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    break;
                case JsonTokenType.String:
                    Add(fields, new RawField(name, reader.GetString()!, line, prefix + name), fileName);
                    break;
                case JsonTokenType.Number:
                    Add(fields, new RawField(name, Encoding.UTF8.GetString(reader.ValueSpan), line, prefix + name), fileName);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    Add(fields, new RawField(name, reader.GetBoolean() ? "true" : "false", line, prefix + name), fileName);
                    break;
                case JsonTokenType.StartObject when nested && name == "tariff":
                    ReadFields(ref reader, prefix + "tariff.", fields, nested: false, fileName, lines);
                    break;
                default:
                    throw new FleetFileException($"{fileName} line {line}: {prefix}{name} must be a string, a number or true/false.");
            }
        }
    }

    private static void Add(Dictionary<string, RawField> fields, RawField field, string fileName)
    {
        if (!fields.TryAdd(field.Name, field))
        {
            throw new FleetFileException($"{fileName} line {field.Line}: {field.Path} is given twice.");
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string fileName, LineIndex lines, string problem)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new FleetFileException($"{fileName} line {lines.LineOf(reader.TokenStartIndex)}: {problem}.");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    /// <summary>Byte offsets of the line starts, so a token's offset turns into a 1-based line number.</summary>
    private sealed class LineIndex
    {
        private readonly List<long> _starts = [0];

        public LineIndex(ReadOnlySpan<byte> text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int LineOf(long offset)
        {
            var index = _starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
