using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Domain.Security;

/// <summary>
/// The small built-in CA (off by default): loads its certificate and key from a .pfx file, or creates both on first
/// start, and signs chargers' CSRs (1.6 security extension SignCertificate, 2.x A02/A03). The issued certificate keeps
/// the CSR's subject, whose CN must be the charger id (the id the charger connects with is the identity profile 3
/// checks, A00.FR.405); it carries no extended key usage (A00.FR.514) and is signed with ECDSA or RSA over SHA-256
/// (A00.FR.505, A00.FR.506). 2.0.1 A02.FR.04 prefers a separate CA server: this one suits small fleets and tests.
/// </summary>
internal sealed partial class CertificateAuthority : IDisposable
{
    private const string RsaOid = "1.2.840.113549.1.1.1";

    private readonly CertificateAuthorityOptions _options;
    private readonly TimeProvider _time;
    private readonly X509Certificate2? _certificate;

    public CertificateAuthority(IOptions<CertificateAuthorityOptions> options, TimeProvider time, ILogger<CertificateAuthority> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Value;
        _time = time;
        if (_options.Enabled)
        {
            _certificate = LoadOrCreate(_options, time, logger);
        }
    }

    public bool Enabled => _certificate is not null;

    /// <summary>The CA certificate (public part), or null when the CA is off.</summary>
    public X509Certificate2? Certificate => _certificate;

    /// <summary>Signs <paramref name="csrPem"/> for <paramref name="chargerId"/>; on failure the problem says why in words.</summary>
    public (X509Certificate2? Issued, string? Problem) Sign(string chargerId, string csrPem)
    {
        if (_certificate is null)
        {
            return (null, "The built-in certificate authority is off (CertificateAuthority:Enabled).");
        }

        CertificateRequest csr;
        try
        {
            // Verifies the CSR's own signature: the charger holds the private key of the key it asks to certify.
            csr = CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return (null, $"The CSR is not a valid PEM PKCS#10 request: {e.Message}");
        }

        var commonName = CommonName(csr.SubjectName);
        if (!string.Equals(commonName, chargerId, StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"The CSR's subject CN is '{commonName}', not the charger id '{chargerId}'.");
        }

        if (KeyProblem(csr.PublicKey) is { } weak)
        {
            return (null, weak);
        }

        // The CA's key signs: ECDSA, or RSA with PSS padding (A00.FR.505).
        var request = _certificate.PublicKey.Oid.Value == RsaOid
            ? new CertificateRequest(csr.SubjectName, csr.PublicKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)
            : new CertificateRequest(csr.SubjectName, csr.PublicKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        var usage = csr.PublicKey.Oid.Value == RsaOid
            ? X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment
            : X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement;
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_certificate, true, false));

        var now = _time.GetUtcNow();
        var notAfter = now.AddDays(_options.ValidityDays);
        if (notAfter > _certificate.NotAfter)
        {
            notAfter = _certificate.NotAfter;
        }

        // A00.FR.508: every certificate has a serial; 16 random bytes with the top bit clear keep it positive and unique.
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        var issued = request.Create(_certificate, now.AddMinutes(-5), notAfter, serial);
        return (issued, null);
    }

    public void Dispose() => _certificate?.Dispose();

    /// <summary>The first CN of a name, or an empty string.</summary>
    public static string CommonName(X500DistinguishedName name)
    {
        foreach (var part in name.EnumerateRelativeDistinguishedNames())
        {
            if (part.GetSingleElementType().Value == "2.5.4.3")
            {
                return part.GetSingleElementValue() ?? string.Empty;
            }
        }

        return string.Empty;
    }

    /// <summary>A00.FR.501-503: RSA keys of at least 2048 bits, elliptic curve keys of at least 224 bits.</summary>
    private static string? KeyProblem(PublicKey key)
    {
        using var rsa = key.GetRSAPublicKey();
        if (rsa is not null)
        {
            return rsa.KeySize >= 2048 ? null : $"The CSR's RSA key has {rsa.KeySize} bits; at least 2048 are required (A00.FR.502).";
        }

        using var ec = key.GetECDsaPublicKey();
        if (ec is not null)
        {
            return ec.KeySize >= 224 ? null : $"The CSR's EC key has {ec.KeySize} bits; at least 224 are required (A00.FR.503).";
        }

        return "The CSR's key is neither RSA nor ECDSA.";
    }

    private static X509Certificate2 LoadOrCreate(CertificateAuthorityOptions options, TimeProvider time, ILogger logger)
    {
        var path = Path.GetFullPath(options.CertificatePath!);
        if (File.Exists(path))
        {
            var loaded = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword, X509KeyStorageFlags.Exportable);
            if (!loaded.HasPrivateKey)
            {
                loaded.Dispose();
                throw new InvalidOperationException($"CertificateAuthority:CertificatePath '{path}' holds no private key; the CA needs its key to sign.");
            }

            Log.Loaded(logger, loaded.Subject, path);
            return loaded;
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(options.SubjectName, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = time.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(10));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, created.Export(X509ContentType.Pfx, options.CertificatePassword));
        Log.Created(logger, created.Subject, path);
        return X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword, X509KeyStorageFlags.Exportable);
    }

    private static partial class Log
    {
        [LoggerMessage(SecurityEventIds.CertificateAuthorityCreated, LogLevel.Warning, "Created the certificate authority {Subject} in {Path}: keep this file secret and back it up", EventName = "CertificateAuthorityCreated")]
        public static partial void Created(ILogger logger, string subject, string path);

        [LoggerMessage(SecurityEventIds.CertificateAuthorityLoaded, LogLevel.Information, "Certificate authority {Subject} loaded from {Path}", EventName = "CertificateAuthorityLoaded")]
        public static partial void Loaded(ILogger logger, string subject, string path);
    }
}
