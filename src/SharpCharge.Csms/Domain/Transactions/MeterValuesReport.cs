namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// A MeterValues message. 1.6: <see cref="EvseId"/> = connectorId and <see cref="TransactionId"/> = its transactionId
/// when sent; 2.x MeterValuesRequest: evseId and no transaction (values inside a transaction come with TransactionEvent).
/// </summary>
internal sealed record MeterValuesReport(string ChargerId, int EvseId, IReadOnlyList<MeterSample> Samples)
{
    public int? ConnectorId { get; init; }

    public long? TransactionId { get; init; }
}
