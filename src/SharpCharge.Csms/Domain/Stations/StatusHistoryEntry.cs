namespace SharpCharge.Csms.Domain.Stations;

/// <summary>One change of a connector's status or error code, as reported.</summary>
internal sealed record StatusHistoryEntry(
    long Id, string ChargerId, int EvseId, int ConnectorId, ConnectorStatus Status, DateTimeOffset StatusAt, DateTimeOffset ReceivedAt)
{
    public string? ErrorCode { get; init; }

    public string? Info { get; init; }

    public string? VendorId { get; init; }

    public string? VendorErrorCode { get; init; }
}
