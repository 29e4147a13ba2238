using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SharpCharge.Station.Security;

/// <summary>
/// The certificates the central system installed (InstallCertificate / DeleteCertificate /
/// GetInstalledCertificateIds, 1.6 security and 2.x M03-M05), in memory, keyed by their hash data (issuer name
/// hash, issuer key hash, serial number; SHA-256). The station trusts nothing from here: it only keeps and reports.
/// </summary>
internal sealed class CertificateStore
{
    private readonly Lock _gate = new();
    private readonly List<InstalledCertificate> _installed = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _installed.Count;
            }
        }
    }

    /// <summary>Parses and keeps a PEM certificate of the given use; false when it is not a certificate.</summary>
    public bool TryInstall(string use, string pem)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPem(pem);
        }
        catch (CryptographicException)
        {
            return false;
        }

        using (certificate)
        {
            var installed = new InstalledCertificate(use, HashOf(certificate.IssuerName.RawData), IssuerKeyHash(certificate), certificate.SerialNumber.ToLowerInvariant().TrimStart('0'));
            lock (_gate)
            {
                _installed.RemoveAll(c => c.SameAs(installed));
                _installed.Add(installed);
            }
        }

        return true;
    }

    public IReadOnlyList<InstalledCertificate> List(IReadOnlyCollection<string>? uses)
    {
        lock (_gate)
        {
            return [.. _installed.Where(c => uses is null || uses.Count == 0 || uses.Contains(c.Use))];
        }
    }

    /// <summary>Removes the certificate with this hash data; false when none matches.</summary>
    public bool Delete(string issuerNameHash, string issuerKeyHash, string serialNumber)
    {
        var serial = serialNumber.ToLowerInvariant().TrimStart('0');
        lock (_gate)
        {
            return _installed.RemoveAll(c => c.IssuerNameHash.Equals(issuerNameHash, StringComparison.OrdinalIgnoreCase)
                                             && c.IssuerKeyHash.Equals(issuerKeyHash, StringComparison.OrdinalIgnoreCase)
                                             && c.SerialNumber == serial) > 0;
        }
    }

    private static string HashOf(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>
    /// The hash of the issuer's public key. A self-signed certificate is its own issuer; for others the issuer's key
    /// is not at hand, so the authority key identifier stands in (it identifies the same key).
    /// </summary>
    private static string IssuerKeyHash(X509Certificate2 certificate)
    {
        if (certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData))
        {
            return HashOf(certificate.PublicKey.EncodedKeyValue.RawData);
        }

        var authorityKey = certificate.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().FirstOrDefault()?.KeyIdentifier;
        return authorityKey is { } id ? HashOf(id.Span) : HashOf(certificate.IssuerName.RawData);
    }
}
