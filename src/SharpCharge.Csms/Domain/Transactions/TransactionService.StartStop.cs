using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Domain.Transactions;

// Sessions the central system numbers (1.6 StartTransaction / StopTransaction).
internal sealed partial class TransactionService
{
    public async Task<TransactionStartResult> StartAsync(TransactionStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var startedAt = start.Timestamp.ToUniversalTime();
        var result = await _store.ExecuteAsync(
            async (session, ct) =>
            {
                var now = _time.GetUtcNow();
                var existing = await session.FindStartAsync(
                    start.ChargerId, start.EvseId, start.IdToken.Value, startedAt, start.MeterStartWh, ct).ConfigureAwait(false);
                if (existing is not null)
                {
                    Log.StartReplayed(_logger, start.ChargerId, existing.Id);
                    var again = await AuthorizeAsync(
                        session, start.IdToken.Value, true, existing.Id, start.ChargerId, start.EvseId, now, ct).ConfigureAwait(false);
                    return new TransactionStartResult(existing.Id, again, Replayed: true);
                }

                var authorization = await AuthorizeAsync(
                    session, start.IdToken.Value, true, 0, start.ChargerId, start.EvseId, now, ct).ConfigureAwait(false);
                var transaction = new TransactionRecord(0, start.ChargerId, TransactionState.Running, startedAt)
                {
                    EvseId = start.EvseId,
                    ConnectorId = start.ConnectorId,
                    IdToken = start.IdToken.Value,
                    IdTokenType = start.IdToken.Type ?? IdTokenTypes.Central,
                    AuthorizationStatus = authorization.Status,
                    ReservationId = start.ReservationId,
                    StartRecorded = true,
                    MeterStartWh = start.MeterStartWh,
                    LastMeterWh = start.MeterStartWh,
                    LastMeterAt = startedAt,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                var id = await session.InsertAsync(transaction, ct).ConfigureAwait(false);
                return new TransactionStartResult(id, authorization, Replayed: false);
            },
            cancellationToken).ConfigureAwait(false);
        _owners.Remember(result.TransactionId, start.ChargerId);
        if (!result.Replayed && _signals.IsWatched && await _store.GetAsync(result.TransactionId, cancellationToken).ConfigureAwait(false) is { } started)
        {
            _signals.Publish(started);
        }

        return result;
    }

    public async Task<TransactionStopResult> StopAsync(TransactionStop stop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var samples = WithDefaults(stop.TransactionData);
        var stoppedAt = stop.Timestamp.ToUniversalTime();
        var result = await _store.ExecuteAsync(
            async (session, ct) =>
            {
                var now = _time.GetUtcNow();
                var authorization = stop.IdToken is { } stopToken
                    ? await AuthorizeAsync(session, stopToken, false, 0, stop.ChargerId, null, now, ct).ConfigureAwait(false)
                    : null;

                var transaction = await session.GetAsync(stop.TransactionId, ct).ConfigureAwait(false);
                if (transaction is null || !string.Equals(transaction.ChargerId, stop.ChargerId, StringComparison.OrdinalIgnoreCase))
                {
                    // Errata §3.18: a charger that never got an id sends -1; answer normally and keep the readings.
                    Log.StopForUnknownTransaction(_logger, stop.ChargerId, stop.TransactionId);
                    await session.AddMeterValuesAsync(stop.ChargerId, null, null, null, samples, now, ct).ConfigureAwait(false);
                    return new TransactionStopResult(authorization, null, Replayed: false);
                }

                if (transaction.State == TransactionState.Ended)
                {
                    Log.StopReplayed(_logger, stop.ChargerId, transaction.Id);
                    return new TransactionStopResult(authorization, transaction, Replayed: true);
                }

                await session.AddMeterValuesAsync(
                    transaction.ChargerId, transaction.Id, transaction.EvseId, transaction.ConnectorId, samples, now, ct).ConfigureAwait(false);
                var tariff = await session.FindTariffAsync(transaction.ChargerId, ct).ConfigureAwait(false);
                var ended = TransactionMath.End(
                    TransactionMath.ApplySamples(transaction, samples) with { StopIdToken = stop.IdToken ?? transaction.StopIdToken },
                    stoppedAt,
                    stop.MeterStopWh,
                    stop.Reason ?? DefaultStopReason,
                    tariff,
                    now);
                ended = ended with { LastMeterWh = stop.MeterStopWh, LastMeterAt = stoppedAt };
                LogIfMeterWentBackwards(ended);
                await session.UpdateAsync(ended, ct).ConfigureAwait(false);
                return new TransactionStopResult(authorization, ended, Replayed: false);
            },
            cancellationToken).ConfigureAwait(false);
        if (result is { Replayed: false, Transaction: { } ended })
        {
            _signals.Publish(ended);
        }

        return result;
    }
}
