using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SharpCharge.Station.Certificates;

/// <summary>
/// CertificateHashDataType as OCSP (RFC 6960) defines it: the hash of the issuer's DER-encoded name, the hash of the
/// issuer's public key (the subjectPublicKey bits, without tag and length) and the serial number in hex without
/// leading zeroes (1.6 security white paper §6.1, 2.0.1 §2.6). Hashes are lowercase hex.
/// </summary>
internal sealed record CertificateHash(string Algorithm, string IssuerNameHash, string IssuerKeyHash, string SerialNumber)
{
    public static readonly IReadOnlyList<string> Algorithms = ["SHA256", "SHA384", "SHA512"];

    /// <summary>The hash data of <paramref name="certificate"/>, whose issuer is <paramref name="issuer"/> (itself for a root).</summary>
    public static CertificateHash Of(X509Certificate2 certificate, X509Certificate2 issuer, string algorithm)
    {
        // The issuer name is the certificate's own issuer field; the key is the issuer's subjectPublicKey value.
        var nameHash = Hash(algorithm, certificate.IssuerName.RawData);
        var keyHash = Hash(algorithm, issuer.PublicKey.EncodedKeyValue.RawData);
        return new CertificateHash(algorithm, Convert.ToHexStringLower(nameHash), Convert.ToHexStringLower(keyHash), SerialOf(certificate));
    }

    /// <summary>The serial number as hex without leading zeroes ("FFF" for 4095), "0" for zero.</summary>
    public static string SerialOf(X509Certificate2 certificate)
    {
        var hex = certificate.SerialNumber.TrimStart('0');
        return hex.Length == 0 ? "0" : hex;
    }

    /// <summary>Same certificate: same algorithm and values, hex compared without case and leading zeroes of the serial.</summary>
    public bool Matches(CertificateHash other)
        => string.Equals(Algorithm, other.Algorithm, StringComparison.OrdinalIgnoreCase)
           && string.Equals(IssuerNameHash, other.IssuerNameHash, StringComparison.OrdinalIgnoreCase)
           && string.Equals(IssuerKeyHash, other.IssuerKeyHash, StringComparison.OrdinalIgnoreCase)
           && string.Equals(SerialNumber.TrimStart('0'), other.SerialNumber.TrimStart('0'), StringComparison.OrdinalIgnoreCase);

    private static byte[] Hash(string algorithm, byte[] data) => algorithm switch
    {
        "SHA384" => SHA384.HashData(data),
        "SHA512" => SHA512.HashData(data),
        _ => SHA256.HashData(data),
    };
}
