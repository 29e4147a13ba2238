using System.Security.Cryptography.X509Certificates;

namespace SharpCharge.Station.Certificates;

/// <summary>
/// One certificate in the store: <see cref="Use"/> is its type as 2.x spells it (CSMSRootCertificate,
/// ManufacturerRootCertificate, V2GRootCertificate, MORootCertificate, ChargingStationCertificate, V2GCertificate;
/// 1.6 CentralSystemRootCertificate is stored as CSMSRootCertificate). <see cref="Issuer"/> is the certificate that
/// signed it (itself for a root).
/// </summary>
internal sealed record InstalledCertificate(string Use, X509Certificate2 Certificate, X509Certificate2 Issuer)
{
    /// <summary>For a station certificate: the sub-CA certificates that came with it in the chain, leaf first.</summary>
    public IReadOnlyList<InstalledCertificate> Children { get; init; } = [];

    public CertificateHash Hash(string algorithm) => CertificateHash.Of(Certificate, Issuer, algorithm);

    /// <summary>Whether <paramref name="hash"/> names this certificate (computed with the hash's own algorithm).</summary>
    public bool Matches(CertificateHash hash)
        => CertificateHash.Algorithms.Contains(hash.Algorithm, StringComparer.OrdinalIgnoreCase) && Hash(hash.Algorithm.ToUpperInvariant()).Matches(hash);
}
