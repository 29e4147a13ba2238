namespace SharpCharge.Ocpp.Transport;

/// <summary>
/// WebSocket subprotocol names of OCPP-J (OCPP-J 1.6 §3.1.2, 2.0.1 Part 4 §3.1.2, 2.1 Part 4 §3.1.2) and the
/// negotiation rule: the server picks the first protocol in the client's order of preference that it enables.
/// </summary>
public static class OcppSubProtocols
{
    /// <summary>OCPP 1.6 JSON.</summary>
    public const string Ocpp16 = "ocpp1.6";

    /// <summary>OCPP 2.0.1.</summary>
    public const string Ocpp201 = "ocpp2.0.1";

    /// <summary>OCPP 2.1.</summary>
    public const string Ocpp21 = "ocpp2.1";

    /// <summary>Every version, newest first: the order a client that speaks all of them offers.</summary>
    public static IReadOnlyList<OcppVersion> All { get; } = [OcppVersion.V21, OcppVersion.V201, OcppVersion.V16];

    /// <summary>The subprotocol name of a version.</summary>
    public static string ToSubProtocol(this OcppVersion version) => version switch
    {
        OcppVersion.V16 => Ocpp16,
        OcppVersion.V201 => Ocpp201,
        OcppVersion.V21 => Ocpp21,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, null),
    };

    /// <summary>
    /// Reads a subprotocol name. Names are compared exactly as RFC 6455 tokens: <c>OCPP1.6</c> is not <c>ocpp1.6</c>.
    /// </summary>
    public static bool TryParse(string? subProtocol, out OcppVersion version)
    {
        switch (subProtocol)
        {
            case Ocpp16:
                version = OcppVersion.V16;
                return true;
            case Ocpp201:
                version = OcppVersion.V201;
                return true;
            case Ocpp21:
                version = OcppVersion.V21;
                return true;
            default:
                version = default;
                return false;
        }
    }

    /// <summary>
    /// Chooses the subprotocol for a handshake: the first of <paramref name="requested"/> (the client's order of
    /// preference) that is one of <paramref name="enabled"/>. Null when there is none in common; the server then
    /// must not agree to any OCPP version (2.0.1 Part 4 §3.2, test case TC_B_58_CSMS; 1.6 TC_088_CSMS).
    /// </summary>
    public static string? Negotiate(IEnumerable<string> requested, IReadOnlyCollection<OcppVersion> enabled)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(enabled);
        foreach (var offer in requested)
        {
            // A client may send one header with a comma-separated list or several headers; accept both.
            foreach (var part in offer.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (TryParse(part, out var version) && enabled.Contains(version))
                {
                    return part;
                }
            }
        }

        return null;
    }
}
