namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>A 1.6 StopTransaction.req. <see cref="TransactionId"/> may be unknown or -1 (OCPP 1.6 errata §3.18).</summary>
internal sealed record TransactionStop(string ChargerId, long TransactionId, DateTimeOffset Timestamp, decimal MeterStopWh)
{
    /// <summary>The idTag that stopped the session, if the charger sent one.</summary>
    public string? IdToken { get; init; }

    /// <summary>1.6 Reason; absent means Local.</summary>
    public string? Reason { get; init; }

    /// <summary>The transactionData meter values, flattened to samples.</summary>
    public IReadOnlyList<MeterSample> TransactionData { get; init; } = [];
}
