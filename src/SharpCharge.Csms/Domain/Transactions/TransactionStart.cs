using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// A 1.6 StartTransaction.req. The 1.6 connector N is passed as <see cref="EvseId"/> N with <see cref="ConnectorId"/> 1.
/// </summary>
internal sealed record TransactionStart(
    string ChargerId, int EvseId, int ConnectorId, IdToken IdToken, DateTimeOffset Timestamp, decimal MeterStartWh)
{
    public int? ReservationId { get; init; }
}
