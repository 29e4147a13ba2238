namespace SharpCharge.Csms.Domain.Stations;

/// <summary>
/// A StatusNotification. Addressing: 2.x (evseId, connectorId) as sent; a 1.6 connector N is EVSE N with
/// connector 1, and 1.6 connector 0 is (0, 0), the whole charger.
/// </summary>
/// <param name="Timestamp">When the charger saw the status (1.6 may omit it: the receive time is used).</param>
internal sealed record StatusReport(
    string ChargerId, int EvseId, int ConnectorId, ConnectorStatus Status, DateTimeOffset? Timestamp)
{
    /// <summary>1.6 ChargePointErrorCode (NoError when fine); null for 2.x.</summary>
    public string? ErrorCode { get; init; }

    public string? Info { get; init; }

    public string? VendorId { get; init; }

    public string? VendorErrorCode { get; init; }
}
