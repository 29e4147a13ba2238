using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>Persistence of transactions, their events and meter values.</summary>
internal interface ITransactionStore
{
    /// <summary>
    /// Runs <paramref name="work"/> inside a database transaction shared with other queued writes (group commit) and
    /// completes only after that transaction committed: an answer sent after this returns is durable. The work may
    /// run again if its batch fails, so it must only change the database and be safe to repeat.
    /// </summary>
    Task<T> ExecuteAsync<T>(
        Func<ITransactionWriteSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    Task<TransactionRecord?> GetAsync(long transactionId, CancellationToken cancellationToken);

    Task<TransactionRecord?> FindByChargerTransactionIdAsync(
        string chargerId, string chargerTransactionId, CancellationToken cancellationToken);

    /// <summary>Newest first. Null filters match everything.</summary>
    Task<IReadOnlyList<TransactionRecord>> ListAsync(
        string? chargerId, TransactionState? state, int limit, CancellationToken cancellationToken);

    Task<bool> HasRunningTransactionAsync(string idToken, CancellationToken cancellationToken);

    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<MeterValueRecord>> GetMeterValuesAsync(long transactionId, CancellationToken cancellationToken);

    /// <summary>A charger's values in [from, to), oldest first, including those outside transactions.</summary>
    Task<IReadOnlyList<MeterValueRecord>> GetChargerMeterValuesAsync(
        string chargerId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken);

    /// <summary>By seqNo.</summary>
    Task<IReadOnlyList<TransactionEventEntry>> GetEventsAsync(long transactionId, CancellationToken cancellationToken);

    Task<Tariff?> FindTariffAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>Ended sessions grouped by charger and UTC day of their end, days in [from, to].</summary>
    Task<IReadOnlyList<ChargerDailyStats>> GetDailyStatsAsync(
        DateOnly from, DateOnly to, string? chargerId, CancellationToken cancellationToken);
}
