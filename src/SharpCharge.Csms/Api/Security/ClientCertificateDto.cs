using SharpCharge.Csms.Domain.Security;

namespace SharpCharge.Csms.Api.Security;

/// <summary>A charger's client certificate: issued by the built-in CA, or known because it was revoked.</summary>
internal sealed record ClientCertificateDto(
    string Fingerprint,
    string ChargerId,
    string? SerialNumber,
    string? Subject,
    DateTimeOffset? NotBefore,
    DateTimeOffset? NotAfter,
    DateTimeOffset? IssuedAt,
    DateTimeOffset? RevokedAt,
    string? RevokeReason,
    string? Certificate)
{
    public static ClientCertificateDto From(ChargerCertificate c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Fingerprint, c.ChargerId, c.SerialNumber, c.Subject, c.NotBefore, c.NotAfter, c.IssuedAt, c.RevokedAt, c.RevokeReason, c.Pem);
    }
}
