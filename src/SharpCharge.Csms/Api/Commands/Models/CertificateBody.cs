namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// <c>POST /api/chargers/{id}/certificates</c>: a PEM root certificate to install, and its use (1.6:
/// CentralSystemRootCertificate, ManufacturerRootCertificate; 2.x: CSMSRootCertificate, ManufacturerRootCertificate,
/// V2GRootCertificate, MORootCertificate).
/// </summary>
internal sealed record CertificateBody
{
    public string? CertificateType { get; init; }

    public string? Certificate { get; init; }
}
