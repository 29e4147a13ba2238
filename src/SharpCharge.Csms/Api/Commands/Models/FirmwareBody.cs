namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// <c>POST /api/chargers/{id}/firmware</c>. With <c>signing_certificate</c> and <c>signature</c> a 1.6 charger gets
/// SignedUpdateFirmware. Progress appears as <c>follow_up_status</c> of the command.
/// </summary>
internal sealed record FirmwareBody
{
    public string? Location { get; init; }

    /// <summary>When to download; now when omitted.</summary>
    public DateTimeOffset? RetrieveAt { get; init; }

    public DateTimeOffset? InstallAt { get; init; }

    public int? Retries { get; init; }

    public int? RetryInterval { get; init; }

    public string? SigningCertificate { get; init; }

    public string? Signature { get; init; }
}
