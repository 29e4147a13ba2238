namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Delete an installed certificate.</summary>
internal sealed record DeleteCertificate(CertificateHash Certificate) : ChargerCommand
{
    public override string Name => "DeleteCertificate";
}
