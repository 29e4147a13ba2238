namespace SharpCharge.Csms.Domain.Security;

/// <summary>
/// Persistence of what decides how a charger may connect: its recorded security profile and its client certificates
/// (issued and revoked). Charger ids match ignoring case.
/// </summary>
internal interface IChargerSecurityStore
{
    /// <summary>The recorded profile (1-3), 0 when none is recorded, or null for an unknown charger.</summary>
    Task<int?> GetSecurityProfileAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>Raises the recorded profile to <paramref name="profile"/>; never lowers it. False for an unknown charger.</summary>
    Task<bool> RaiseSecurityProfileAsync(string chargerId, int profile, DateTimeOffset now, CancellationToken cancellationToken);

    Task AddCertificateAsync(ChargerCertificate certificate, CancellationToken cancellationToken);

    /// <summary>The charger's known certificates, newest first.</summary>
    Task<IReadOnlyList<ChargerCertificate>> ListCertificatesAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>Marks the certificate revoked (adding it when unknown); returns the stored record.</summary>
    Task<ChargerCertificate> RevokeAsync(string chargerId, string fingerprint, string? reason, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> IsRevokedAsync(string fingerprint, CancellationToken cancellationToken);
}
