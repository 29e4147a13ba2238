namespace SharpCharge.Station.Security;

/// <summary>One installed certificate: its use (as the version names it) and its hash data (hex, SHA-256).</summary>
internal sealed record InstalledCertificate(string Use, string IssuerNameHash, string IssuerKeyHash, string SerialNumber)
{
    public bool SameAs(InstalledCertificate other)
        => IssuerNameHash == other.IssuerNameHash && IssuerKeyHash == other.IssuerKeyHash && SerialNumber == other.SerialNumber;
}
