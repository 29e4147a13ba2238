using System.ComponentModel.DataAnnotations;
using SharpCharge.Ocpp;

namespace SharpCharge.Csms.Connections;

/// <summary>The OCPP WebSocket endpoint, bound from the "Ocpp" section. Defaults are set here and repeated in each comment.</summary>
public sealed class OcppEndpointOptions
{
    public const string Section = "Ocpp";

    /// <summary>Plain <c>ws://</c> port for OCPP. Default 9000; 0 picks a free port.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 9000;

    /// <summary>
    /// <c>wss://</c> port (security profile 2), used only when <see cref="TlsCertificatePath"/> is set. Default 9443.
    /// </summary>
    [Range(0, 65535)]
    public int TlsPort { get; set; } = 9443;

    /// <summary>A PKCS#12 (.pfx) certificate file, with its private key, for <c>wss://</c>. Default: none (no TLS endpoint).</summary>
    public string? TlsCertificatePath { get; set; }

    /// <summary>The password of <see cref="TlsCertificatePath"/>. Default: none.</summary>
    public string? TlsCertificatePassword { get; set; }

    /// <summary>
    /// Security profile 3: a PEM file with the CA certificates that chargers' client certificates must chain to. With it
    /// (or with the built-in CertificateAuthority on) the <c>wss://</c> listener asks every charger for a certificate.
    /// Default: none.
    /// </summary>
    public string? ClientCertificateAuthorityPath { get; set; }

    /// <summary>
    /// When set, a client certificate's subject must hold this O (organizationName), the operator's name (2.0.1
    /// A00.FR.404). Default: none (not checked).
    /// </summary>
    public string? ClientCertificateOrganization { get; set; }

    /// <summary>
    /// OCPP versions accepted in the subprotocol negotiation, e.g. <c>["V16"]</c>. Default (empty): 1.6, 2.0.1 and 2.1.
    /// </summary>
    /// <remarks>
    /// The default lives in <see cref="EnabledVersions"/>, not in this list: the configuration binder appends to a
    /// list it finds filled, so a filled default could never be narrowed from configuration.
    /// </remarks>
    public List<OcppVersion> Versions { get; set; } = [];

    /// <summary>The versions actually enabled: <see cref="Versions"/>, or all of them when it is empty.</summary>
    public IReadOnlyList<OcppVersion> EnabledVersions => Versions.Count > 0 ? Versions : SharpCharge.Ocpp.Transport.OcppSubProtocols.All;

    /// <summary>What to do with a charger id that is not registered. Default Reject (appsettings.Development.json: Accept).</summary>
    public UnknownChargerPolicy UnknownChargers { get; set; } = UnknownChargerPolicy.Reject;

    /// <summary>
    /// Require HTTP Basic authentication (security profile 1) from every charger, also from those without a
    /// password (they are refused). Default false: a charger with a password must send it, one without may not.
    /// </summary>
    public bool RequirePassword { get; set; }

    /// <summary>How often the server sends a WebSocket ping. Default 30 s; 0 disables pings.</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for the pong before the connection is considered dead. Default 30 s.</summary>
    public TimeSpan PingTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest message accepted; a larger one closes the connection with 1009. Default 65536 bytes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxMessageSize { get; set; } = 64 * 1024;

    /// <summary>Checks what data annotations cannot: durations. Returns null when all is well, else what to fix.</summary>
    public string? Problem()
    {
        if (PingInterval < TimeSpan.Zero || PingInterval > TimeSpan.FromHours(1))
        {
            return "Ocpp:PingInterval must be between 00:00:00 (no pings) and 01:00:00.";
        }

        if (PingInterval > TimeSpan.Zero && (PingTimeout <= TimeSpan.Zero || PingTimeout > TimeSpan.FromHours(1)))
        {
            return "Ocpp:PingTimeout must be more than 00:00:00 and at most 01:00:00 while pings are on; without it a dead charger is never noticed.";
        }

        if (CallTimeout <= TimeSpan.Zero || CallTimeout > TimeSpan.FromHours(1))
        {
            return "Ocpp:CallTimeout must be more than 00:00:00 and at most 01:00:00.";
        }

        return null;
    }

    /// <summary>How long a command to a charger waits for its answer. Default 30 s.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
