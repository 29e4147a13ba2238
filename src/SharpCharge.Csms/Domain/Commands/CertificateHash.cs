namespace SharpCharge.Csms.Domain.Commands;

/// <summary>How OCPP names a certificate: hash algorithm, issuer name and key hashes and serial number (1.6 security extension, 2.x).</summary>
internal sealed record CertificateHash(string HashAlgorithm, string IssuerNameHash, string IssuerKeyHash, string SerialNumber)
{
    /// <summary>The certificate's use, when the charger reported it (2.x).</summary>
    public string? CertificateType { get; init; }
}
