namespace SharpCharge.Csms.Domain.Security;

/// <summary>
/// A charger's client certificate as the central system keeps it: issued by the built-in CA, or only known because
/// an operator revoked it. <see cref="Fingerprint"/> is the SHA-256 of the DER encoding in lower-case hex.
/// </summary>
internal sealed record ChargerCertificate(string Fingerprint, string ChargerId)
{
    public string? SerialNumber { get; init; }

    public string? Subject { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? NotAfter { get; init; }

    /// <summary>The PEM encoding, for certificates the built-in CA issued.</summary>
    public string? Pem { get; init; }

    public DateTimeOffset? IssuedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public string? RevokeReason { get; init; }

    /// <summary>SHA-256 of the certificate's DER encoding, lower-case hex (what <c>openssl x509 -fingerprint -sha256</c> prints, without colons).</summary>
    public static string FingerprintOf(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(certificate.RawData));
    }

    /// <summary>The record of a certificate the built-in CA just issued.</summary>
    public static ChargerCertificate Issued(string chargerId, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new ChargerCertificate(FingerprintOf(certificate), chargerId)
        {
            SerialNumber = certificate.SerialNumber,
            Subject = certificate.Subject,
            NotBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            NotAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            Pem = certificate.ExportCertificatePem(),
            IssuedAt = now,
        };
    }
}
