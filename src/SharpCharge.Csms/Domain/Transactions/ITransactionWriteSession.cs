using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// Reads and writes inside one group-committed database transaction (see <see cref="ITransactionStore.ExecuteAsync"/>).
/// Work runs one item at a time, so a read followed by a write cannot interleave with another transaction write.
/// </summary>
internal interface ITransactionWriteSession
{
    Task<TransactionRecord?> GetAsync(long transactionId, CancellationToken cancellationToken);

    Task<TransactionRecord?> FindByChargerTransactionIdAsync(
        string chargerId, string chargerTransactionId, CancellationToken cancellationToken);

    /// <summary>A 1.6 start with exactly these values, if one was stored (the replay check).</summary>
    Task<TransactionRecord?> FindStartAsync(
        string chargerId, int evseId, string idToken, DateTimeOffset startedAt, decimal meterStartWh, CancellationToken cancellationToken);

    /// <summary>Inserts the transaction (its <see cref="TransactionRecord.Id"/> is ignored) and returns the new id.</summary>
    Task<long> InsertAsync(TransactionRecord transaction, CancellationToken cancellationToken);

    /// <summary>Writes every mutable field of the transaction with that id.</summary>
    Task UpdateAsync(TransactionRecord transaction, CancellationToken cancellationToken);

    /// <summary>Stores the event unless (transaction, seqNo) is already stored; false for a replay.</summary>
    Task<bool> TryAddEventAsync(TransactionEventEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Stores samples (already with defaults); a sample already stored for the same charger, EVSE, connector, time,
    /// measurand, phase, location and context is skipped. Returns how many were new.
    /// </summary>
    Task<int> AddMeterValuesAsync(
        string chargerId,
        long? transactionId,
        int? evseId,
        int? connectorId,
        IReadOnlyList<MeterSample> samples,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="AddMeterValuesAsync"/> for the samples of transaction <paramref name="transactionId"/> (known to belong
    /// to <paramref name="chargerId"/>), and, if it is still running, moves its meter readings forward by
    /// <paramref name="readings"/> without reading it first. A server database may send both with the other writes of
    /// the group commit, in one round trip, so how many samples were new is known only after the commit; applying the
    /// readings of a replayed message again changes nothing but the update time.
    /// </summary>
    Task<WrittenCount> AddTransactionMeterValuesAsync(
        string chargerId,
        long transactionId,
        int? evseId,
        int? connectorId,
        IReadOnlyList<MeterSample> samples,
        MeterReadings readings,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken);

    Task<IdTokenRecord?> FindIdTokenAsync(string value, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the token is in a running transaction other than <paramref name="exceptTransactionId"/> and not on the
    /// same charger and EVSE (a new start there means the earlier one ended without a stop reaching us).
    /// </summary>
    Task<bool> HasOtherRunningTransactionAsync(
        string idToken, long exceptTransactionId, string chargerId, int? evseId, CancellationToken cancellationToken);

    Task<Tariff?> FindTariffAsync(string chargerId, CancellationToken cancellationToken);
}
