namespace SharpCharge.Csms.Domain.Stations;

/// <summary>
/// What a charger says about itself when it boots: 1.6 BootNotification.req fields or 2.x
/// BootNotificationRequest (reason + chargingStation + modem).
/// </summary>
internal sealed record ChargerBoot(string ChargerId, string Vendor, string Model)
{
    /// <summary>2.x BootReasonEnumType as text; null for 1.6.</summary>
    public string? Reason { get; init; }

    public string? SerialNumber { get; init; }

    public string? FirmwareVersion { get; init; }

    public string? Iccid { get; init; }

    public string? Imsi { get; init; }

    public string? MeterType { get; init; }

    public string? MeterSerialNumber { get; init; }

    /// <summary>"1.6", "2.0.1" or "2.1".</summary>
    public string? OcppVersion { get; init; }
}
