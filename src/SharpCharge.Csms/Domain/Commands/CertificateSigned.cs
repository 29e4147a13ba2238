namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Hands a charger the certificate chain signed for its CSR (1.6 security extension CertificateSigned, 2.x A02/A03).
/// <see cref="CertificateType"/> is the 2.x use it was asked for (ChargingStationCertificate, V2GCertificate); 1.6
/// has only the charge point certificate.
/// </summary>
internal sealed record CertificateSigned(string CertificateChain, string? CertificateType) : ChargerCommand
{
    public override string Name => "CertificateSigned";
}
