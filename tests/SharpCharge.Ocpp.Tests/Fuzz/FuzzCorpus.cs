using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Tests.Messages;
using SharpCharge.SchemaGen.Model;
using SharpCharge.SchemaGen.Samples;

namespace SharpCharge.Ocpp.Tests.Fuzz;

/// <summary>
/// A structured mutation fuzzer over valid frames: the seeds are the minimal and the full sample of every CALL
/// action of a version, built from its official schema; each mutant changes one thing, chosen with a seeded
/// <see cref="Random"/>, and knows the answer the specification asks for (OCPP-NOTES §1.4). Payload mutants: a
/// required field dropped, an unknown field added, a field of the wrong JSON type, a string past its maxLength, an
/// unknown enum value, a number outside its range, a huge number, a bad date-time, unicode text, a duplicated
/// field, deep nesting, invalid UTF-8. Frame mutants: unknown actions and message type ids, elements missing or too
/// many, a payload that is not an object, ids of the wrong type or too long, truncation, garbage, and answers to
/// calls never made. Chaos mutants change random bytes and have no oracle beyond "a well-formed answer or none".
/// </summary>
public static class FuzzCorpus
{
    /// <summary>Kinds of mutant: 0-22 have an oracle, the rest (about a fifth) are chaos.</summary>
    private const int Kinds = 29;

    public static IReadOnlyList<FuzzFrame> Create(OcppVersion version, int seed, int count)
    {
        var mutator = new Mutator(version, seed);
        var frames = new List<FuzzFrame>(count);
        while (frames.Count < count)
        {
            frames.Add(mutator.Next());
        }

        return frames;
    }

    private sealed class Mutator
    {
        private readonly Random _random;
        private readonly FuzzCodes _codes;
        private readonly OcppVersion _version;
        private readonly List<(string Action, JsonObject Sample, SchemaType Type)> _seeds = [];
        private int _counter;

        public Mutator(OcppVersion version, int seed)
        {
            _version = version;
            _random = new Random(seed);
            _codes = new FuzzCodes(version);
            foreach (var action in TestSchemas.Model(version).Actions.Where(a => !a.IsSend))
            {
                _seeds.Add((action.Name, SampleBuilder.Minimal(action.Request), action.Request));
                // A full sample fills every string to its maxLength; the few that grow past 16 KB would make the
                // run slow without testing more (long strings have their own mutant).
                var full = SampleBuilder.Full(action.Request);
                if (full.ToJsonString().Length <= 16 * 1024)
                {
                    _seeds.Add((action.Name, full, action.Request));
                }
            }
        }

        public FuzzFrame Next()
        {
            var id = "f" + (++_counter).ToString("x", CultureInfo.InvariantCulture);
            var (action, sample, type) = _seeds[_random.Next(_seeds.Count)];
            // Not every kind fits every seed (a payload without strings has no string to lengthen): try others.
            for (var attempt = 0; attempt < 20; attempt++)
            {
                if (Mutate(_random.Next(Kinds), id, action, sample, type) is { } frame)
                {
                    return frame;
                }
            }

            return Frame(id, action, sample.ToJsonString(), "valid", [FuzzFrame.Result]);
        }

        private FuzzFrame? Mutate(int kind, string id, string action, JsonObject sample, SchemaType type) => kind switch
        {
            0 or 1 => Payload(id, action, sample, type, "drop required field", s => s.Property is { Required: true }, (s, _) => s.Owner.Remove(s.Property!.JsonName), _codes.Occurrence),
            2 => Payload(id, action, sample, type, "unknown field", s => s.Property is null && !s.OwnerType.AdditionalProperties, (s, _) => s.Owner["zzUnknownField"] = 1, _codes.Format),
            3 or 4 => Payload(id, action, sample, type, "wrong JSON type", s => WrongType(s.Property) is not null, (s, _) => s.Owner[s.Property!.JsonName] = WrongType(s.Property), _codes.Type),
            5 => Payload(id, action, sample, type, "string past maxLength", s => s.Property?.Value is { Kind: SchemaValueKind.String, MaxLength: { } }, (s, _) => s.Owner[s.Property!.JsonName] = new string('x', s.Property.Value.MaxLength!.Value + 1), _codes.Property),
            6 => Payload(id, action, sample, type, "unknown enum value", s => s.Property?.Value.Kind == SchemaValueKind.Enum, (s, _) => s.Owner[s.Property!.JsonName] = "NotAValueOfThisEnum", _codes.Property),
            7 => Payload(id, action, sample, type, "number out of range", s => s.Property?.Value is { Kind: SchemaValueKind.Integer or SchemaValueKind.Number } v && (v.Minimum is not null || v.Maximum is not null), (s, _) => s.Owner[s.Property!.JsonName] = OutOfRange(s.Property.Value), _codes.Property),
            8 => Payload(id, action, sample, type, "bad date-time", s => s.Property?.Value.Kind == SchemaValueKind.DateTime, (s, _) => s.Owner[s.Property!.JsonName] = "yesterday at noon", _codes.Property),
            // An integer field takes none of them; a decimal field without a range takes those a decimal can hold.
            9 => Payload(id, action, sample, type, "huge number", s => s.Property?.Value.Kind == SchemaValueKind.Integer, (s, r) => s.Owner[s.Property!.JsonName] = JsonNode.Parse(HugeNumbers[r.Next(HugeNumbers.Length)]), _codes.Type, _codes.Property),
            10 when _random.Next(2) == 0 => Payload(id, action, sample, type, "huge number", s => s.Property?.Value is { Kind: SchemaValueKind.Number, Minimum: null, Maximum: null }, (s, r) => s.Owner[s.Property!.JsonName] = JsonNode.Parse(HugeNumbers[r.Next(HugeNumbers.Length)]), FuzzFrame.Result, _codes.Type, _codes.Property),
            10 => Payload(id, action, sample, type, "unicode text", s => s.Property?.Value.Kind == SchemaValueKind.String, (s, r) => s.Owner[s.Property!.JsonName] = Unicode(r, s.Property.Value.MaxLength), FuzzFrame.Result, _codes.Property),
            11 => Payload(id, action, sample, type, "empty required list", s => s.Property is { Required: true, Value: { Kind: SchemaValueKind.Array, MinItems: > 0 } }, (s, _) => s.Owner[s.Property!.JsonName] = new JsonArray(), _codes.Occurrence, _codes.Property),
            12 => Text(id, action, sample, type, "duplicated field", text => DuplicateFirstField(text), [FuzzFrame.Result, .. _codes.AllButInternal], marked: false),
            13 => Text(id, action, sample, type, "deep nesting", text => ReplaceMarker(text, new string('[', 5000) + new string(']', 5000)), [_codes.BadJson], anyId: true),
            14 => InvalidUtf8(id, action, sample, type),
            15 => Frame(id, "Teleport" + _random.Next(100), sample.ToJsonString(), "unknown action", ["NotImplemented"]),
            16 => UnknownMessageType(id, action, sample),
            17 => Raw($"[2,\"{id}\",\"{action}\"]", "element missing", [id], [_codes.BadFrame]),
            18 => Raw($"[2,\"{id}\",\"{action}\",{sample.ToJsonString()},{{}}]", "element too many", [id], [_codes.BadFrame]),
            19 => Raw($"[2,\"{id}\",\"{action}\",[]]", "payload not an object", [id], [_version == OcppVersion.V16 ? "FormationViolation" : "ProtocolError"]),
            20 => _random.Next(2) == 0
                ? Raw($"[2,{_random.Next()},\"{action}\",{{}}]", "id not a string", ["-1"], [_codes.BadFrame])
                : Raw($"[2,\"{id}{new string('0', 40)}\",\"{action}\",{{}}]", "id too long", ["-1"], [_version == OcppVersion.V16 ? "FormationViolation" : "RpcFrameworkError"]),
            21 => Truncated(id, action, sample),
            22 => _random.Next(2) == 0
                ? Raw($"[3,\"{id}\",{{}}]", "result to a call never made", [id], [])
                : Raw($"[4,\"{id}\",\"GenericError\",\"\",{{}}]", "error to a call never made", [id], []),
            _ => Chaos(id, action, sample),
        };

        private FuzzFrame? Payload(string id, string action, JsonObject sample, SchemaType type, string name, Func<Slot, bool> fits, Action<Slot, Random> change, params string[] codes)
        {
            var copy = (JsonObject)sample.DeepClone();
            var slots = Slots(copy, type).Where(fits).ToList();
            if (slots.Count == 0)
            {
                return null;
            }

            var slot = slots[_random.Next(slots.Count)];
            change(slot, _random);
            var where = slot.Property is null ? slot.OwnerType.Name : slot.Property.JsonName;
            return Frame(id, action, copy.ToJsonString(), $"{name} ({where})", codes);
        }

        private FuzzFrame? Text(string id, string action, JsonObject sample, SchemaType type, string name, Func<string, string?> edit, string[] codes, bool anyId = false, bool marked = true)
        {
            var copy = (JsonObject)sample.DeepClone();
            var slots = Slots(copy, type).Where(s => s.Property is not null).ToList();
            if (slots.Count == 0)
            {
                return null;
            }

            // The edit works on the text at a marker put where a field's value was.
            var slot = slots[_random.Next(slots.Count)];
            if (marked)
            {
                slot.Owner[slot.Property!.JsonName] = Marker;
            }

            var payload = edit(copy.ToJsonString());
            return payload is null ? null : Raw($"[2,\"{id}\",\"{action}\",{payload}]", $"{name} ({slot.Property!.JsonName})", anyId ? [id, "-1"] : [id], codes);
        }

        private FuzzFrame? InvalidUtf8(string id, string action, JsonObject sample, SchemaType type)
        {
            var frame = Text(id, action, sample, type, "invalid UTF-8", text => text, [_codes.BadJson], anyId: true);
            if (frame is null)
            {
                return null;
            }

            // The marker's quotes stay; its letters become a lone continuation byte and a truncated sequence.
            var bytes = frame.Bytes;
            var at = bytes.AsSpan().IndexOf("MUTATION_MARKER"u8);
            var broken = bytes.ToArray();
            broken[at] = 0x80;
            broken[at + 1] = 0xC3;
            broken[at + 2] = 0x28;
            broken[at + 3] = 0xFF;
            return frame with { Bytes = broken };
        }

        private FuzzFrame UnknownMessageType(string id, string action, JsonObject sample)
        {
            int[] types = [0, 1, 7, 9, 99, -1, 1_000_000];
            var typeId = types[_random.Next(types.Length)];
            // 2.0.1 Part 4 §4.4 answers MessageTypeNotSupported; 1.6 and 2.1 ignore the message.
            return Raw($"[{typeId},\"{id}\",\"{action}\",{sample.ToJsonString()}]", $"message type {typeId}", [id, "-1"], _version == OcppVersion.V201 ? ["MessageTypeNotSupported"] : []);
        }

        private FuzzFrame Truncated(string id, string action, JsonObject sample)
        {
            var text = $"[2,\"{id}\",\"{action}\",{sample.ToJsonString()}]";
            var length = _random.Next(text.Length);
            return Raw(text[..length], $"truncated to {length} of {text.Length}", [id, "-1"], [_codes.BadJson]);
        }

        private FuzzFrame Chaos(string id, string action, JsonObject sample)
        {
            var bytes = Encoding.UTF8.GetBytes($"[2,\"{id}\",\"{action}\",{sample.ToJsonString()}]").ToList();
            var operations = 1 + _random.Next(4);
            for (var i = 0; i < operations && bytes.Count > 0; i++)
            {
                var at = _random.Next(bytes.Count);
                switch (_random.Next(5))
                {
                    case 0:
                        bytes[at] ^= (byte)(1 << _random.Next(8));
                        break;
                    case 1:
                        bytes[at] = (byte)_random.Next(256);
                        break;
                    case 2:
                        bytes.RemoveAt(at);
                        break;
                    case 3:
                        bytes.Insert(at, (byte)"{}[]\",:0-e\\"[_random.Next(11)]);
                        break;
                    default:
                        var length = Math.Min(_random.Next(1, 32), bytes.Count - at);
                        bytes.InsertRange(at, bytes.GetRange(at, length));
                        break;
                }
            }

            return new FuzzFrame([.. bytes], "random bytes", null, []);
        }

        private static FuzzFrame Frame(string id, string action, string payload, string name, string[] codes)
            => Raw($"[2,\"{id}\",\"{action}\",{payload}]", name, [id], codes);

        private static FuzzFrame Raw(string text, string name, string[] ids, string[] codes) => new(Encoding.UTF8.GetBytes(text), name, ids, codes);

        private const string Marker = "MUTATION_MARKER";

        private static readonly string[] HugeNumbers = ["123456789012345678901234567890", "-99999999999999999999999", "1e400", "-1e400", "1.7976931348623157e309", "0.0000000000000000000000000000000000001"];

        private static string? ReplaceMarker(string text, string replacement) => text.Replace($"\"{Marker}\"", replacement, StringComparison.Ordinal);

        private static string? DuplicateFirstField(string text)
        {
            // {"a":1,...} -> {"a":"MUTATION_MARKER","a":1,...}: the field appears twice with different values.
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon < 2 ? null : text.Insert(1, text[1..colon] + $":\"{Marker}\",");
        }

        private static JsonNode? WrongType(SchemaProperty? property) => property?.Value.Kind switch
        {
            SchemaValueKind.String or SchemaValueKind.DateTime or SchemaValueKind.Uri or SchemaValueKind.Enum => JsonValue.Create(5),
            SchemaValueKind.Integer or SchemaValueKind.Number => JsonValue.Create("5"),
            SchemaValueKind.Boolean => JsonValue.Create("true"),
            SchemaValueKind.Object => new JsonArray(),
            SchemaValueKind.Array => new JsonObject(),
            _ => null,
        };

        private static JsonNode OutOfRange(SchemaValue value)
            => JsonValue.Create(value.Minimum is { } minimum ? minimum - 1 : value.Maximum!.Value + 1);

        private static string Unicode(Random random, int? maxLength)
        {
            string[] pieces = ["é", "ß", "日本", "🔌", "\u202E", "\u0000", "\uFEFF", "e\u0301", "\"", "\\", "\n", "Ω"];
            var text = new StringBuilder();
            var limit = Math.Min(maxLength ?? 64, 64) / 2;
            while (text.Length < limit)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            return text.ToString();
        }

        private static List<Slot> Slots(JsonObject payload, SchemaType type)
        {
            var slots = new List<Slot>();
            Collect(payload, type, slots, 0);
            return slots;
        }

        private static void Collect(JsonObject owner, SchemaType type, List<Slot> slots, int depth)
        {
            slots.Add(new Slot(owner, type, null));
            foreach (var property in type.Properties)
            {
                if (!owner.TryGetPropertyValue(property.JsonName, out var node) || node is null)
                {
                    continue;
                }

                slots.Add(new Slot(owner, type, property));
                if (depth > 8)
                {
                    continue;
                }

                if (property.Value is { Kind: SchemaValueKind.Object, Type: { } child } && node is JsonObject inner)
                {
                    Collect(inner, child, slots, depth + 1);
                }
                else if (property.Value is { Kind: SchemaValueKind.Array, Items: { Kind: SchemaValueKind.Object, Type: { } item } } && node is JsonArray { Count: > 0 } list && list[0] is JsonObject first)
                {
                    Collect(first, item, slots, depth + 1);
                }
            }
        }

        private sealed record Slot(JsonObject Owner, SchemaType OwnerType, SchemaProperty? Property);
    }
}
