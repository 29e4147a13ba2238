namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Install firmware from <see cref="Location"/>. With a signature or signing certificate a 1.6 charger gets the
/// security extension's SignedUpdateFirmware, otherwise UpdateFirmware; 2.x always UpdateFirmware.
/// </summary>
internal sealed record UpdateFirmware(string Location, DateTimeOffset RetrieveAt) : ChargerCommand
{
    public override string Name => "UpdateFirmware";

    public int? Retries { get; init; }

    public int? RetryIntervalSeconds { get; init; }

    public DateTimeOffset? InstallAt { get; init; }

    public string? SigningCertificate { get; init; }

    public string? Signature { get; init; }

    public int RequestId { get; init; }

    public bool IsSigned => SigningCertificate is not null || Signature is not null;

    public override int? FollowUpId => RequestId;
}
