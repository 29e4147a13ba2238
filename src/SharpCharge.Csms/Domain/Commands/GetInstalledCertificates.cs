namespace SharpCharge.Csms.Domain.Commands;

/// <summary>List installed certificates of the given uses (1.6 takes exactly one; 2.x any, none for all).</summary>
internal sealed record GetInstalledCertificates(IReadOnlyList<string> CertificateTypes) : ChargerCommand
{
    public override string Name => "GetInstalledCertificateIds";
}
