namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Install a root certificate of the given use (e.g. CSMSRootCertificate, ManufacturerRootCertificate), PEM-encoded.</summary>
internal sealed record InstallCertificate(string CertificateType, string Certificate) : ChargerCommand
{
    public override string Name => "InstallCertificate";
}
