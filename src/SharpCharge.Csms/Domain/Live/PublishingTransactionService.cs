using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Domain.Live;

/// <summary>
/// Wraps the transaction service and publishes a <see cref="LiveEvent"/> after each write that changed something.
/// Events go out after the write returned, so only durable data is announced; replays announce nothing.
/// </summary>
internal sealed class PublishingTransactionService : ITransactionService
{
    private readonly ITransactionService _inner;
    private readonly ILiveEvents _events;
    private readonly TimeProvider _time;

    public PublishingTransactionService(ITransactionService inner, ILiveEvents events, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(time);
        _inner = inner;
        _events = events;
        _time = time;
    }

    public async Task<TransactionStartResult> StartAsync(TransactionStart start, CancellationToken cancellationToken)
    {
        var result = await _inner.StartAsync(start, cancellationToken).ConfigureAwait(false);
        if (!result.Replayed)
        {
            _events.Publish(new LiveEvent(LiveEventKind.TransactionStarted, start.ChargerId, _time.GetUtcNow())
            {
                TransactionId = result.TransactionId,
                EvseId = start.EvseId,
                ConnectorId = start.ConnectorId,
            });
        }

        return result;
    }

    public async Task<TransactionEventResult> ApplyEventAsync(TransactionEventReport report, CancellationToken cancellationToken)
    {
        var result = await _inner.ApplyEventAsync(report, cancellationToken).ConfigureAwait(false);
        if (!result.Replayed)
        {
            var kind = report.EventType switch
            {
                TransactionEventKind.Started => LiveEventKind.TransactionStarted,
                TransactionEventKind.Ended => LiveEventKind.TransactionEnded,
                _ => LiveEventKind.TransactionUpdated,
            };
            _events.Publish(FromTransaction(kind, result.Transaction) with
            {
                PowerKw = PowerReading.Latest(report.MeterValues),
                ChargingState = report.ChargingState,
            });
        }

        return result;
    }

    public async Task<int> RecordMeterValuesAsync(MeterValuesReport report, CancellationToken cancellationToken)
    {
        var added = await _inner.RecordMeterValuesAsync(report, cancellationToken).ConfigureAwait(false);
        if (added > 0)
        {
            _events.Publish(new LiveEvent(LiveEventKind.MeterUpdated, report.ChargerId, _time.GetUtcNow())
            {
                EvseId = report.EvseId,
                ConnectorId = report.ConnectorId,
                TransactionId = report.TransactionId,
                PowerKw = PowerReading.Latest(report.Samples),
                EnergyKwh = PowerReading.LatestEnergyKwh(report.Samples),
                SocPercent = PowerReading.LatestSoc(report.Samples),
            });
        }

        return added;
    }

    public async Task<TransactionStopResult> StopAsync(TransactionStop stop, CancellationToken cancellationToken)
    {
        var result = await _inner.StopAsync(stop, cancellationToken).ConfigureAwait(false);
        if (!result.Replayed && result.Transaction is { } transaction)
        {
            _events.Publish(FromTransaction(LiveEventKind.TransactionEnded, transaction));
        }

        return result;
    }

    public Task<TransactionRecord?> GetAsync(long transactionId, CancellationToken cancellationToken) =>
        _inner.GetAsync(transactionId, cancellationToken);

    public Task<TransactionRecord?> FindByChargerTransactionIdAsync(
        string chargerId, string chargerTransactionId, CancellationToken cancellationToken) =>
        _inner.FindByChargerTransactionIdAsync(chargerId, chargerTransactionId, cancellationToken);

    public Task<IReadOnlyList<TransactionRecord>> ListAsync(
        string? chargerId, TransactionState? state, int limit, CancellationToken cancellationToken) =>
        _inner.ListAsync(chargerId, state, limit, cancellationToken);

    public Task<IReadOnlyList<MeterValueRecord>> GetMeterValuesAsync(long transactionId, CancellationToken cancellationToken) =>
        _inner.GetMeterValuesAsync(transactionId, cancellationToken);

    public Task<IReadOnlyList<TransactionEventEntry>> GetEventsAsync(long transactionId, CancellationToken cancellationToken) =>
        _inner.GetEventsAsync(transactionId, cancellationToken);

    public Task<CostEstimate?> GetCostAsync(long transactionId, CancellationToken cancellationToken) =>
        _inner.GetCostAsync(transactionId, cancellationToken);

    public Task<IReadOnlyList<ChargerDailyStats>> GetDailyStatsAsync(
        DateOnly from, DateOnly to, string? chargerId, CancellationToken cancellationToken) =>
        _inner.GetDailyStatsAsync(from, to, chargerId, cancellationToken);

    private LiveEvent FromTransaction(LiveEventKind kind, TransactionRecord transaction) =>
        new(kind, transaction.ChargerId, _time.GetUtcNow())
        {
            TransactionId = transaction.Id,
            EvseId = transaction.EvseId,
            ConnectorId = transaction.ConnectorId,
            EnergyKwh = (transaction.EnergyWh ?? (transaction.LastMeterWh - transaction.MeterStartWh)) / 1000m,
            Cost = transaction.Cost,
            Currency = transaction.Currency,
            StopReason = transaction.StopReason,
        };
}
