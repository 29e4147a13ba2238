namespace SharpCharge.Csms.Domain.Stations;

/// <summary>The current status of one connector (or of the whole charger at EVSE 0 / connector 0).</summary>
internal sealed record ConnectorState(
    string ChargerId, int EvseId, int ConnectorId, ConnectorStatus Status, DateTimeOffset StatusAt, DateTimeOffset UpdatedAt)
{
    public string? ErrorCode { get; init; }

    public string? Info { get; init; }

    public string? VendorId { get; init; }

    public string? VendorErrorCode { get; init; }
}
