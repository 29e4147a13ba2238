namespace SharpCharge.Csms.Domain.Security;

/// <summary>
/// The built-in certificate authority that signs chargers' SignCertificate requests, bound from the
/// "CertificateAuthority" section. Off by default. Defaults are set here and repeated in each comment.
/// </summary>
public sealed class CertificateAuthorityOptions
{
    public const string Section = "CertificateAuthority";

    /// <summary>Sign chargers' CSRs and send them CertificateSigned. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// A PKCS#12 (.pfx) file with the CA certificate and its private key. When the file does not exist it is created
    /// at start with a new P-256 key and a self-signed certificate valid for 10 years. Required when enabled.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/> (also used when the file is created). Default none.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The subject of a CA certificate created at start. Default <c>CN=SharpCharge Charger CA, O=SharpCharge</c>.</summary>
    public string SubjectName { get; set; } = "CN=SharpCharge Charger CA, O=SharpCharge";

    /// <summary>How long an issued charger certificate is valid (at most until the CA certificate expires). Default 365 days.</summary>
    public int ValidityDays { get; set; } = 365;

    public string? Problem()
    {
        if (Enabled && string.IsNullOrWhiteSpace(CertificatePath))
        {
            return "CertificateAuthority:CertificatePath is required when CertificateAuthority:Enabled is true (a .pfx file; it is created when missing).";
        }

        if (ValidityDays is < 1 or > 3650)
        {
            return "CertificateAuthority:ValidityDays must be between 1 and 3650.";
        }

        try
        {
            _ = new System.Security.Cryptography.X509Certificates.X500DistinguishedName(SubjectName);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return $"CertificateAuthority:SubjectName '{SubjectName}' is not a distinguished name such as 'CN=My CA, O=My Company'.";
        }

        return null;
    }
}
