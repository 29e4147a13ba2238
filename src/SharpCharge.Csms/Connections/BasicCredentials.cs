using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// HTTP Basic credentials of a charger (security profiles 1 and 2): the user name is the charge point id,
/// the password the raw bytes after the first colon (1.6: the AuthorizationKey bytes; 2.x: the UTF-8 of
/// BasicAuthPassword). OCPP-NOTES §3.2.
/// </summary>
internal sealed class BasicCredentials : IDisposable
{
    private readonly byte[] _decoded;
    private readonly int _colon;

    private BasicCredentials(string user, byte[] decoded, int colon)
    {
        User = user;
        _decoded = decoded;
        _colon = colon;
    }

    public string User { get; }

    public ReadOnlyMemory<byte> Password => _decoded.AsMemory(_colon + 1);

    public static bool TryParse(string? authorization, [NotNullWhen(true)] out BasicCredentials? credentials)
    {
        credentials = null;
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(authorization["Basic ".Length..].Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = Array.IndexOf(decoded, (byte)':');
        if (colon < 0)
        {
            Array.Clear(decoded);
            return false;
        }

        credentials = new BasicCredentials(Encoding.UTF8.GetString(decoded, 0, colon), decoded, colon);
        return true;
    }

    /// <summary>Clears the decoded bytes: they held a password.</summary>
    public void Dispose() => Array.Clear(_decoded);
}
