using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// Implements <see cref="ITransactionService"/>. Every write runs as one work item of the store's group commit: the
/// read-decide-write steps of an item are atomic and never interleave with another transaction write, which is what
/// makes the replay checks safe without locks here.
/// </summary>
internal sealed partial class TransactionService : ITransactionService
{
    private const string DefaultStopReason = "Local";

    private readonly ITransactionStore _store;
    private readonly TimeProvider _time;
    private readonly CsmsOptions _options;
    private readonly ILogger<TransactionService> _logger;
    private readonly TransactionSignals _signals;
    private readonly TransactionOwners _owners = new();

    public TransactionService(
        ITransactionStore store, TimeProvider time, IOptions<CsmsOptions> options, ILogger<TransactionService> logger, TransactionSignals signals)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(signals);
        _store = store;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _signals = signals;
    }

    public Task<TransactionRecord?> GetAsync(long transactionId, CancellationToken cancellationToken) =>
        _store.GetAsync(transactionId, cancellationToken);

    public Task<TransactionRecord?> FindByChargerTransactionIdAsync(
        string chargerId, string chargerTransactionId, CancellationToken cancellationToken) =>
        _store.FindByChargerTransactionIdAsync(chargerId, chargerTransactionId, cancellationToken);

    public Task<IReadOnlyList<TransactionRecord>> ListAsync(
        string? chargerId, TransactionState? state, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return _store.ListAsync(chargerId, state, limit, cancellationToken);
    }

    public Task<IReadOnlyList<MeterValueRecord>> GetMeterValuesAsync(long transactionId, CancellationToken cancellationToken) =>
        _store.GetMeterValuesAsync(transactionId, cancellationToken);

    public Task<IReadOnlyList<TransactionEventEntry>> GetEventsAsync(long transactionId, CancellationToken cancellationToken) =>
        _store.GetEventsAsync(transactionId, cancellationToken);

    public async Task<CostEstimate?> GetCostAsync(long transactionId, CancellationToken cancellationToken)
    {
        var transaction = await _store.GetAsync(transactionId, cancellationToken).ConfigureAwait(false);
        if (transaction is null)
        {
            return null;
        }

        var tariff = await _store.FindTariffAsync(transaction.ChargerId, cancellationToken).ConfigureAwait(false);
        return TransactionMath.Estimate(transaction, tariff, _time.GetUtcNow());
    }

    public Task<IReadOnlyList<ChargerDailyStats>> GetDailyStatsAsync(
        DateOnly from, DateOnly to, string? chargerId, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            throw new ArgumentException("The last day comes before the first.", nameof(to));
        }

        return _store.GetDailyStatsAsync(from, to, chargerId, cancellationToken);
    }

    /// <summary>The token's authorization as seen inside a write (so a concurrent start cannot slip past the check).</summary>
    private async Task<AuthorizationResult> AuthorizeAsync(
        ITransactionWriteSession session,
        string idToken,
        bool checkConcurrency,
        long transactionId,
        string chargerId,
        int? evseId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var token = await session.FindIdTokenAsync(idToken, cancellationToken).ConfigureAwait(false);
        var inOther = checkConcurrency
            && AuthorizationPolicy.NeedsConcurrencyCheck(token, now)
            && await session.HasOtherRunningTransactionAsync(token!.Value, transactionId, chargerId, evseId, cancellationToken)
                .ConfigureAwait(false);
        return AuthorizationPolicy.Evaluate(token, now, inOther, _options.UnknownIdTokens);
    }

    private static IReadOnlyList<MeterSample> WithDefaults(IReadOnlyList<MeterSample> samples)
    {
        if (samples.Count == 0)
        {
            return [];
        }

        var result = new MeterSample[samples.Count];
        for (var i = 0; i < samples.Count; i++)
        {
            result[i] = samples[i].WithDefaults();
        }

        return result;
    }

    private void LogIfMeterWentBackwards(TransactionRecord transaction)
    {
        if (transaction is { MeterStartWh: { } start, MeterStopWh: { } stop } && stop < start)
        {
            Log.MeterWentBackwards(_logger, transaction.ChargerId, transaction.Id, start, stop);
        }
    }
}
