namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>A stored sampled value. <see cref="TransactionId"/> is null for values outside a transaction.</summary>
internal sealed record MeterValueRecord(
    long Id, string ChargerId, long? TransactionId, int? EvseId, int? ConnectorId, MeterSample Sample, DateTimeOffset ReceivedAt);
