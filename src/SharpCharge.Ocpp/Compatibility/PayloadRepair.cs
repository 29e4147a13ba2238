using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Compatibility;

/// <summary>
/// Repairs one payload that failed validation, one defect at a time, as far as the charger's
/// <see cref="OcppCompatibility"/> allows, and validates it again after each repair. Runs only for payloads that
/// already failed, so the DOM it builds costs nothing on the normal path.
/// </summary>
internal static class PayloadRepair
{
    // More defects than this in one payload is not a quirk but a broken charger: answer with the error.
    private const int MaxRepairs = 32;

    public delegate bool Validator(ref Utf8JsonReader reader, out OcppValidationError? error);

    /// <summary>The repaired payload when every defect could be repaired; otherwise false and the last error.</summary>
    public static bool TryRepair(ReadOnlySpan<byte> payload, OcppCompatibility compatibility, OcppValidationError first, Validator validate, out byte[] repaired, out OcppValidationError? error)
    {
        repaired = [];
        error = first;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(payload);
        }
        catch (JsonException)
        {
            return false;
        }

        for (var attempt = 0; attempt < MaxRepairs; attempt++)
        {
            if (!TryFix(ref root, error!, compatibility))
            {
                return false;
            }

            repaired = Encoding.UTF8.GetBytes(root?.ToJsonString() ?? "null");
            var reader = new Utf8JsonReader(repaired);
            reader.Read();
            if (validate(ref reader, out error))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryFix(ref JsonNode? root, OcppValidationError error, OcppCompatibility compatibility)
    {
        if (error.Kind == OcppValidationErrorKind.PayloadNotObject)
        {
            if (root is null && compatibility.NullPayloadAsEmptyObject)
            {
                root = new JsonObject();
                return true;
            }

            return false;
        }

        if (root is null || !TryLocate(root, error.Path, out var parent, out var name, out var index))
        {
            return false;
        }

        var value = index >= 0 ? (parent as JsonArray)?[index] : (parent as JsonObject)?[name];
        switch (error.Kind)
        {
            case OcppValidationErrorKind.UnknownProperty when compatibility.IgnoreUnknownProperties && parent is JsonObject owner && index < 0:
                return owner.Remove(name);
            case OcppValidationErrorKind.WrongType when compatibility.NumbersAsStrings && value is JsonValue text && text.TryGetValue<string>(out var s)
                && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number):
                return Replace(parent!, name, index, JsonValue.Create(number));
            case OcppValidationErrorKind.InvalidFormat when compatibility.TimestampsWithoutOffsetAsUtc && value is JsonValue text && text.TryGetValue<string>(out var s)
                && DateTime.TryParseExact(s, ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                return Replace(parent!, name, index, JsonValue.Create(s + "Z"));
            default:
                return false;
        }
    }

    private static bool Replace(JsonNode parent, string name, int index, JsonNode replacement)
    {
        if (index >= 0 && parent is JsonArray array)
        {
            array[index] = replacement;
            return true;
        }

        if (parent is JsonObject owner)
        {
            owner[name] = replacement;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Walks an error path (<c>meterValue[0].sampledValue[1].value</c>) to the node that holds the last step: the
    /// object and property name, or the array (under <paramref name="name"/>) and item index.
    /// </summary>
    private static bool TryLocate(JsonNode root, string path, out JsonNode? parent, out string name, out int index)
    {
        parent = null;
        name = "";
        index = -1;
        var steps = path.Split('.');
        JsonNode? node = root;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var stepName = bracket < 0 ? step : step[..bracket];
            var stepIndex = bracket < 0 ? -1 : int.Parse(step[(bracket + 1)..^1], CultureInfo.InvariantCulture);
            var last = i == steps.Length - 1;
            if (node is not JsonObject obj)
            {
                return false;
            }

            if (last && stepIndex < 0)
            {
                (parent, name) = (obj, stepName);
                return true;
            }

            var child = obj[stepName];
            if (stepIndex >= 0)
            {
                if (child is not JsonArray array || stepIndex >= array.Count)
                {
                    return false;
                }

                if (last)
                {
                    (parent, name, index) = (array, stepName, stepIndex);
                    return true;
                }

                child = array[stepIndex];
            }

            node = child;
        }

        return false;
    }
}
