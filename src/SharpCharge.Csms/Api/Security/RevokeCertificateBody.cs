namespace SharpCharge.Csms.Api.Security;

/// <summary>
/// POST /api/chargers/{id}/client-certificates/revocations: the certificate to refuse from now on, by its SHA-256
/// fingerprint (64 hex digits; colons allowed, as openssl prints them) or as PEM; and why.
/// </summary>
internal sealed record RevokeCertificateBody(string? Fingerprint, string? Certificate, string? Reason);
