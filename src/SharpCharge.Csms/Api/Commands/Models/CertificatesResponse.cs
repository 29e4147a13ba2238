namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>The certificates a charger reported as installed.</summary>
internal sealed record CertificatesResponse(string Status, string ChargerId, long CommandId, string? ChargerStatus, IReadOnlyList<CertificateView> Certificates);
