using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Domain.Events;

/// <summary>One BootNotification as received, with the registration status it was answered with.</summary>
internal sealed record BootLogEntry(long Id, string ChargerId, DateTimeOffset BootedAt, ChargerRegistrationStatus Status)
{
    /// <summary>2.x boot reason; null for 1.6.</summary>
    public string? Reason { get; init; }

    public string? Vendor { get; init; }

    public string? Model { get; init; }

    public string? SerialNumber { get; init; }

    public string? FirmwareVersion { get; init; }

    public string? OcppVersion { get; init; }
}
