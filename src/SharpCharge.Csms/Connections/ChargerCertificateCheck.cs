using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Security;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Checks a charger's TLS client certificate (security profile 3): it must chain to one of the configured CA
/// certificates alone, not the operating system's roots (A00.FR.403, 1.6 security white paper §2.5), be valid now,
/// and name the charger: its subject CN is the charger id of the URL (A00.FR.405, A00.FR.511; SharpCharge reads the
/// charger id as the station's unique serial number, so use the serial number as the id) and, when configured, its O
/// is the operator (A00.FR.404). Revocation is the admission's part: it needs the database.
/// </summary>
internal sealed class ChargerCertificateCheck : IDisposable
{
    private readonly X509Certificate2Collection _anchors = [];
    private readonly string? _organization;
    private readonly TimeProvider _time;

    public ChargerCertificateCheck(IOptions<OcppEndpointOptions> options, CertificateAuthority authority, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(authority);
        _time = time;
        _organization = options.Value.ClientCertificateOrganization;
        if (options.Value.ClientCertificateAuthorityPath is { Length: > 0 } path)
        {
            _anchors.ImportFromPemFile(path);
            if (_anchors.Count == 0)
            {
                throw new InvalidOperationException($"Ocpp:ClientCertificateAuthorityPath '{path}' holds no PEM certificate.");
            }
        }

        if (authority.Certificate is { } ca)
        {
            _anchors.Add(X509CertificateLoader.LoadCertificate(ca.RawData));
        }
    }

    /// <summary>True when profile 3 is possible: some CA is trusted for client certificates.</summary>
    public bool Enabled => _anchors.Count > 0;

    /// <summary>Whether the <c>wss://</c> listener should ask for client certificates, decided from configuration alone.</summary>
    public static bool Requested(OcppEndpointOptions ocpp, CertificateAuthorityOptions authority)
    {
        ArgumentNullException.ThrowIfNull(ocpp);
        ArgumentNullException.ThrowIfNull(authority);
        return !string.IsNullOrEmpty(ocpp.ClientCertificateAuthorityPath) || authority.Enabled;
    }

    /// <summary>Why the certificate does not let <paramref name="chargerId"/> in, or null when it does.</summary>
    public string? Problem(X509Certificate2 certificate, string chargerId)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!Enabled)
        {
            return "This server trusts no CA for client certificates (Ocpp:ClientCertificateAuthorityPath or CertificateAuthority:Enabled).";
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_anchors);
        // Revoked certificates are in the database, not in CRLs the server would have to fetch.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = _time.GetUtcNow().UtcDateTime;
        if (!chain.Build(certificate))
        {
            var status = chain.ChainStatus.Length > 0 ? string.Join(", ", chain.ChainStatus.Select(s => s.Status)) : "unknown";
            return $"The client certificate does not chain to a trusted CA or is not valid now ({status}).";
        }

        var commonName = CertificateAuthority.CommonName(certificate.SubjectName);
        if (!string.Equals(commonName, chargerId, StringComparison.OrdinalIgnoreCase))
        {
            return $"The client certificate's CN '{commonName}' is not the charge point id '{chargerId}'.";
        }

        if (_organization is { Length: > 0 } && !HasOrganization(certificate.SubjectName, _organization))
        {
            return $"The client certificate's subject has no O={_organization}.";
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var anchor in _anchors)
        {
            anchor.Dispose();
        }
    }

    private static bool HasOrganization(X500DistinguishedName name, string organization)
    {
        foreach (var part in name.EnumerateRelativeDistinguishedNames())
        {
            if (part.GetSingleElementType().Value == "2.5.4.10" && string.Equals(part.GetSingleElementValue(), organization, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
