namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>An installed certificate, by the hashes OCPP names it with (the same fields delete it).</summary>
internal sealed record CertificateView(string HashAlgorithm, string IssuerNameHash, string IssuerKeyHash, string SerialNumber, string? CertificateType);
