using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SharpCharge.Station.Tests.Support;

/// <summary>Throw-away certificate authorities for the certificate messages, valid around a given instant.</summary>
internal static class TestCertificates
{
    /// <summary>A self-signed CA certificate with its key; the serial is 0x0FFF (4095), which the spec writes as "FFF".</summary>
    public static X509Certificate2 Root(DateTimeOffset now, string name = "CN=Test Root, O=SharpCharge Tests")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var signer = X509SignatureGenerator.CreateForECDsa(key);
        var certificate = request.Create(request.SubjectName, signer, now.AddDays(-1), now.AddYears(1), [0x0F, 0xFF]);
        return certificate.CopyWithPrivateKey(key);
    }

    /// <summary>Signs a PEM CSR with the root: the station certificate a certificate authority would return.</summary>
    public static string Sign(string csrPem, X509Certificate2 root, DateTimeOffset now)
    {
        var request = CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        using var signed = request.Create(root, now.AddMinutes(-1), now.AddDays(30), [0x01, 0x02, 0x03]);
        return signed.ExportCertificatePem();
    }

    /// <summary>
    /// The hash data of a root read straight from its DER with an ASN.1 reader, independently of X509Certificate2:
    /// SHA-256 of the issuer Name's encoding, SHA-256 of the subjectPublicKey BIT STRING's bits, the serial in hex.
    /// </summary>
    public static (string IssuerNameHash, string IssuerKeyHash, string Serial) HashDataOf(X509Certificate2 root)
    {
        var certificate = new AsnReader(root.RawData, AsnEncodingRules.DER).ReadSequence();
        var tbs = certificate.ReadSequence();
        tbs.ReadEncodedValue(); // [0] version
        var serial = tbs.ReadIntegerBytes().ToArray();
        tbs.ReadEncodedValue(); // signature algorithm
        var issuer = tbs.ReadEncodedValue().ToArray();
        tbs.ReadEncodedValue(); // validity
        tbs.ReadEncodedValue(); // subject
        var keyInfo = tbs.ReadSequence();
        keyInfo.ReadEncodedValue(); // algorithm
        var key = keyInfo.ReadBitString(out _);
        var serialHex = Convert.ToHexString(serial).TrimStart('0');
        return (Convert.ToHexStringLower(SHA256.HashData(issuer)), Convert.ToHexStringLower(SHA256.HashData(key)), serialHex);
    }
}
