namespace SharpCharge.Csms.Domain.Stations;

/// <summary>
/// A charger as the central system knows it. <see cref="Id"/> is the canonical spelling stored at registration;
/// lookups ignore case, every other service takes this spelling. The password hash is deliberately not part of
/// the record (records print every property), only whether one is set.
/// </summary>
internal sealed record Charger(string Id, ChargerRegistrationStatus RegistrationStatus)
{
    public string? StationId { get; init; }

    public bool HasPassword { get; init; }

    public string? Vendor { get; init; }

    public string? Model { get; init; }

    public string? SerialNumber { get; init; }

    public string? FirmwareVersion { get; init; }

    public string? Iccid { get; init; }

    public string? Imsi { get; init; }

    public string? MeterType { get; init; }

    public string? MeterSerialNumber { get; init; }

    /// <summary>The OCPP version of the last connection ("1.6", "2.0.1", "2.1").</summary>
    public string? OcppVersion { get; init; }

    public DateTimeOffset? LastBootAt { get; init; }

    public string? LastBootReason { get; init; }

    public DateTimeOffset? LastHeartbeatAt { get; init; }

    /// <summary>When any message was last received (written at most once per <c>Csms:LastSeenWriteIntervalSeconds</c>).</summary>
    public DateTimeOffset? LastSeenAt { get; init; }

    public bool Online { get; init; }

    public DateTimeOffset? ConnectedAt { get; init; }

    public DateTimeOffset? DisconnectedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Where the charger stands (WGS 84 degrees); null places it at its station.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>The most the charger can deliver, all EVSEs together, in kW; null when not known.</summary>
    public double? MaxPowerKw { get; init; }

    /// <summary>
    /// The highest security profile the charger has been seen at (0 when never recorded); a charger may not fall back
    /// below it. Read with the charger, so that admitting a connection costs one lookup.
    /// </summary>
    public int SecurityProfile { get; init; }
}
