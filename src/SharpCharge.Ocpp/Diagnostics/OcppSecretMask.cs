using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpCharge.Ocpp.Diagnostics;

/// <summary>
/// Hides charger passwords in frames before they are logged or stored: the 1.6 <c>AuthorizationKey</c> in
/// ChangeConfiguration (and in a GetConfiguration answer, should a charger return it), the 2.x
/// <c>SecurityCtrlr.BasicAuthPassword</c> in SetVariables / GetVariables, and any <c>basicAuthPassword</c> member
/// (2.1 network connection profiles). 2.0.1 Part 2 A00.FR.2xx and the 1.6 security white paper make these write-only
/// secrets. Id tokens are not masked: they identify a card, not a secret that grants access on its own, and operators
/// need them to follow an authorization (SharpCharge's own log lines shorten them).
/// </summary>
public static class OcppSecretMask
{
    /// <summary>What replaces a secret value.</summary>
    public const string Mask = "********";

    private static readonly byte[][] Markers = ["AuthorizationKey"u8.ToArray(), "BasicAuthPassword"u8.ToArray(), "basicAuthPassword"u8.ToArray()];

    /// <summary>True when the frame may hold a secret: a cheap byte search, so most frames are never parsed.</summary>
    public static bool MayHoldSecret(ReadOnlySpan<byte> utf8)
    {
        foreach (var marker in Markers)
        {
            if (utf8.IndexOf(marker) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The frame (or payload) as text with every secret value replaced by <see cref="Mask"/>.</summary>
    public static string ToText(ReadOnlySpan<byte> utf8)
    {
        if (!MayHoldSecret(utf8))
        {
            return Encoding.UTF8.GetString(utf8);
        }

        try
        {
            var node = JsonNode.Parse(utf8);
            if (node is null || !Hide(node))
            {
                return Encoding.UTF8.GetString(utf8);
            }

            return node.ToJsonString();
        }
        catch (JsonException)
        {
            // Unreadable JSON naming a secret: keep the shape visible, not the bytes.
            return "(unreadable frame that names a password; not shown)";
        }
    }

    /// <summary>Masks secrets inside <paramref name="node"/>; true when something was masked.</summary>
    private static bool Hide(JsonNode node)
    {
        var hidden = false;
        switch (node)
        {
            case JsonObject obj:
                if (IsSecretKey(obj))
                {
                    hidden |= Replace(obj, "value");
                }

                if (obj["variable"] is JsonObject variable && variable["name"] is JsonValue name
                    && name.TryGetValue<string>(out var variableName) && variableName == "BasicAuthPassword")
                {
                    hidden |= Replace(obj, "attributeValue");
                }

                if (obj.ContainsKey("basicAuthPassword"))
                {
                    hidden |= Replace(obj, "basicAuthPassword");
                }

                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        hidden |= Hide(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        hidden |= Hide(child);
                    }
                }

                break;
        }

        return hidden;
    }

    private static bool IsSecretKey(JsonObject obj)
        => obj["key"] is JsonValue key && key.TryGetValue<string>(out var name) && name == "AuthorizationKey";

    private static bool Replace(JsonObject obj, string property)
    {
        if (!obj.ContainsKey(property) || obj[property] is null)
        {
            return false;
        }

        obj[property] = Mask;
        return true;
    }
}
