using System.Diagnostics.CodeAnalysis;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// The charge point id a charger connects with: the last segment of the WebSocket URL, URL-decoded
/// (OCPP-J 1.6 §3.1.1, 2.0.1 Part 4 §3.1.1). Any path prefix works: <c>/ocpp/CP-1</c>, <c>/steve/websocket/CP-1</c>.
/// </summary>
internal static class ChargerIdentity
{
    /// <summary>2.x identifierString: at most 48 characters; 1.6 sets no limit, so 48 is applied to both.</summary>
    public const int MaxLength = 48;

    /// <summary>Reads and checks the id; on failure <paramref name="problem"/> says what to fix.</summary>
    public static bool TryParse(string? path, [NotNullWhen(true)] out string? id, [NotNullWhen(false)] out string? problem)
    {
        id = null;
        var trimmed = (path ?? "").TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        var segment = slash < 0 ? trimmed : trimmed[(slash + 1)..];
        if (segment.Length == 0)
        {
            problem = "The URL must end with the charge point id, e.g. /ocpp/CP-1.";
            return false;
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(segment);
        }
        catch (UriFormatException)
        {
            problem = "The charge point id is not validly percent-encoded.";
            return false;
        }

        if (decoded.Length > MaxLength)
        {
            problem = $"The charge point id is longer than {MaxLength} characters.";
            return false;
        }

        foreach (var c in decoded)
        {
            // Printable ASCII only: the id is also the Basic-auth user name and appears in logs and URLs.
            if (c is < '!' or > '~')
            {
                problem = "The charge point id may contain printable ASCII characters only (no spaces).";
                return false;
            }
        }

        id = decoded;
        problem = null;
        return true;
    }
}
