namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// Transactions for every OCPP version. The write methods return only once their data is durable (group commit),
/// so an adapter may answer the charger as soon as they return. They never throw for business reasons (unknown
/// transaction, unknown token, odd meter values): the charger always gets a normal answer (OCPP-NOTES §1.7).
/// </summary>
internal interface ITransactionService
{
    /// <summary>
    /// 1.6 StartTransaction: authorizes the token and issues a transaction id. Idempotent: the same start replayed
    /// (same charger, connector, token, timestamp and meterStart) returns the same id and stores nothing.
    /// </summary>
    Task<TransactionStartResult> StartAsync(TransactionStart start, CancellationToken cancellationToken);

    /// <summary>
    /// 2.x TransactionEvent (Started, Updated, Ended). Idempotent per (charger, transactionId, seqNo); seqNo gaps are
    /// logged; an Updated or Ended for a transaction never seen creates it.
    /// </summary>
    Task<TransactionEventResult> ApplyEventAsync(TransactionEventReport report, CancellationToken cancellationToken);

    /// <summary>MeterValues, attached to the transaction when it names a known one. Returns the number of new samples.</summary>
    Task<int> RecordMeterValuesAsync(MeterValuesReport report, CancellationToken cancellationToken);

    /// <summary>1.6 StopTransaction: ends the session, stores transactionData, computes energy and cost.</summary>
    Task<TransactionStopResult> StopAsync(TransactionStop stop, CancellationToken cancellationToken);

    Task<TransactionRecord?> GetAsync(long transactionId, CancellationToken cancellationToken);

    Task<TransactionRecord?> FindByChargerTransactionIdAsync(
        string chargerId, string chargerTransactionId, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<TransactionRecord>> ListAsync(
        string? chargerId, TransactionState? state, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<MeterValueRecord>> GetMeterValuesAsync(long transactionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<TransactionEventEntry>> GetEventsAsync(long transactionId, CancellationToken cancellationToken);

    /// <summary>The cost so far of a running session (or the final cost of an ended one); null if unknown.</summary>
    Task<CostEstimate?> GetCostAsync(long transactionId, CancellationToken cancellationToken);

    /// <summary>Sessions, energy and revenue per charger per UTC day (by the day sessions ended), days in [from, to].</summary>
    Task<IReadOnlyList<ChargerDailyStats>> GetDailyStatsAsync(
        DateOnly from, DateOnly to, string? chargerId, CancellationToken cancellationToken);
}
