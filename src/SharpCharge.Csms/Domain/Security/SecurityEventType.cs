namespace SharpCharge.Csms.Domain.Security;

/// <summary>
/// Names of the security events the central system logs about chargers and operators. Where OCPP names the event
/// (2.0.1 Part 2 Appendices, "Security Events"; 1.6 security white paper §8) the name is the spec's; the others
/// are SharpCharge's own and say so.
/// </summary>
internal static class SecurityEventType
{
    /// <summary>A charger sent a wrong or no password (spec name; the charger side reports the same fact).</summary>
    public const string FailedToAuthenticateAtCsms = "FailedToAuthenticateAtCsms";

    /// <summary>A client certificate did not chain to the CA, named another charger, was revoked or expired (A00.FR.408).</summary>
    public const string InvalidChargingStationCertificate = "InvalidChargingStationCertificate";

    /// <summary>SharpCharge: a charger tried a lower security profile than the one recorded for it (A00.FR.002, A05.FR.07).</summary>
    public const string SecurityProfileDowngrade = "SecurityProfileDowngrade";

    /// <summary>SharpCharge: a charger id or a source address is locked out after repeated failures.</summary>
    public const string LockedOut = "AuthenticationLockedOut";

    /// <summary>SharpCharge: a dashboard sign-in failed.</summary>
    public const string OperatorSignInFailed = "OperatorSignInFailed";

    /// <summary>SharpCharge: an operator revoked a charger certificate.</summary>
    public const string CertificateRevoked = "CertificateRevoked";
}
