namespace SharpCharge.Csms.Domain.Security;

/// <summary>
/// Event ids of the security log lines: 2900-2999 (next free: 2908), beside the domain's 2000-2099, storage's
/// 2100-2199, the OCPP endpoint's 2200-2299 and the dashboard's 2600-2699.
/// </summary>
internal static class SecurityEventIds
{
    public const int SecurityEvent = 2900;
    public const int CertificateAuthorityCreated = 2901;
    public const int CertificateAuthorityLoaded = 2902;
    public const int CertificateSigned = 2903;
    public const int SigningRefused = 2904;
    public const int SigningQueueFull = 2905;
    public const int CertificateSignedNotDelivered = 2906;
    public const int CertificateRevoked = 2907;
}
