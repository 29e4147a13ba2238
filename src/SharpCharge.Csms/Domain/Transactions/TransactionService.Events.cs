using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Domain.Transactions;

// Sessions the charger numbers (2.x TransactionEvent, OCPP-NOTES §5.7).
internal sealed partial class TransactionService
{
    public async Task<TransactionEventResult> ApplyEventAsync(TransactionEventReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(report.TransactionId);
        var samples = WithDefaults(report.MeterValues);
        var timestamp = report.Timestamp.ToUniversalTime();
        var result = await _store.ExecuteAsync(
            async (session, ct) =>
            {
                var now = _time.GetUtcNow();
                var transaction = await session.FindByChargerTransactionIdAsync(report.ChargerId, report.TransactionId, ct)
                    .ConfigureAwait(false);
                var created = transaction is null;
                if (transaction is null)
                {
                    // E-series: Updated or Ended may arrive first after an offline period; the session is created from
                    // it and completed when (if) the Started arrives.
                    transaction = new TransactionRecord(0, report.ChargerId, TransactionState.Running, timestamp)
                    {
                        ChargerTransactionId = report.TransactionId,
                        EvseId = report.EvseId,
                        ConnectorId = report.ConnectorId,
                        CreatedAt = now,
                        UpdatedAt = now,
                    };
                    transaction = transaction with { Id = await session.InsertAsync(transaction, ct).ConfigureAwait(false) };
                    if (report.EventType != TransactionEventKind.Started)
                    {
                        Log.CreatedFromLaterEvent(_logger, report.ChargerId, report.TransactionId, report.EventType, report.SeqNo);
                    }
                }

                // The start token is checked for concurrent use; a token in a later event (stop) only for its status.
                var attachesStartToken = transaction.IdToken is null && report.EventType != TransactionEventKind.Ended;
                var authorization = report.IdToken is { } token
                    ? await AuthorizeAsync(
                        session,
                        token.Value,
                        attachesStartToken,
                        transaction.Id,
                        transaction.ChargerId,
                        transaction.EvseId ?? report.EvseId,
                        now,
                        ct).ConfigureAwait(false)
                    : null;

                var entry = new TransactionEventEntry(
                    transaction.Id, report.SeqNo, report.EventType, timestamp, report.TriggerReason, report.Offline, now)
                {
                    ChargingState = report.ChargingState,
                    StoppedReason = report.StoppedReason,
                    IdToken = report.IdToken?.Value,
                    EvseId = report.EvseId,
                    ConnectorId = report.ConnectorId,
                    NumberOfPhasesUsed = report.NumberOfPhasesUsed,
                    RemoteStartId = report.RemoteStartId,
                    CableMaxCurrent = report.CableMaxCurrent,
                    TimeSpentChargingSeconds = report.TimeSpentChargingSeconds,
                };
                if (!await session.TryAddEventAsync(entry, ct).ConfigureAwait(false))
                {
                    Log.EventReplayed(_logger, report.ChargerId, report.TransactionId, report.SeqNo);
                    return new TransactionEventResult(transaction, authorization, Replayed: true);
                }

                if (!created && transaction.LastSeqNo is { } last && report.SeqNo > last + 1)
                {
                    Log.SeqNoGap(_logger, report.ChargerId, report.TransactionId, report.SeqNo, last + 1);
                }

                await session.AddMeterValuesAsync(
                    transaction.ChargerId,
                    transaction.Id,
                    transaction.EvseId ?? report.EvseId,
                    transaction.ConnectorId ?? report.ConnectorId,
                    samples,
                    now,
                    ct).ConfigureAwait(false);

                var updated = await AdvanceAsync(session, transaction, report, timestamp, samples, authorization, now, ct)
                    .ConfigureAwait(false);
                await session.UpdateAsync(updated, ct).ConfigureAwait(false);
                return new TransactionEventResult(updated, authorization, Replayed: false);
            },
            cancellationToken).ConfigureAwait(false);
        if (!result.Replayed)
        {
            _signals.Publish(result.Transaction);
        }

        return result;
    }

    private async Task<TransactionRecord> AdvanceAsync(
        ITransactionWriteSession session,
        TransactionRecord transaction,
        TransactionEventReport report,
        DateTimeOffset timestamp,
        IReadOnlyList<MeterSample> samples,
        AuthorizationResult? authorization,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var updated = transaction with
        {
            EvseId = transaction.EvseId ?? report.EvseId,
            ConnectorId = transaction.ConnectorId ?? report.ConnectorId,
            ChargingState = report.ChargingState ?? transaction.ChargingState,
            ReservationId = transaction.ReservationId ?? report.ReservationId,
            RemoteStartId = transaction.RemoteStartId ?? report.RemoteStartId,
            LastSeqNo = Math.Max(transaction.LastSeqNo ?? report.SeqNo, report.SeqNo),
            UpdatedAt = now,
        };

        if (report.IdToken is { } token)
        {
            if (updated.IdToken is null)
            {
                updated = updated with
                {
                    IdToken = token.Value,
                    IdTokenType = token.Type ?? IdTokenTypes.Central,
                    AuthorizationStatus = authorization?.Status,
                };
            }
            else if (!string.Equals(updated.IdToken, token.Value, StringComparison.OrdinalIgnoreCase))
            {
                updated = updated with { StopIdToken = token.Value };
            }
        }

        var startWasKnown = updated.StartRecorded;
        if (report.EventType == TransactionEventKind.Started && !updated.StartRecorded)
        {
            // The Started timestamp and its Transaction.Begin reading win over anything inferred from later events.
            updated = TransactionMath.ApplySamples(updated with { StartedAt = timestamp }, samples) with { StartRecorded = true };
        }
        else
        {
            if (!updated.StartRecorded && timestamp < updated.StartedAt)
            {
                updated = updated with { StartedAt = timestamp };
            }

            updated = TransactionMath.ApplySamples(updated, samples);
        }

        if (report.EventType == TransactionEventKind.Ended && updated.State == TransactionState.Running)
        {
            var tariff = await session.FindTariffAsync(updated.ChargerId, cancellationToken).ConfigureAwait(false);
            updated = TransactionMath.End(
                updated, timestamp, TransactionMath.EndReading(samples), report.StoppedReason ?? DefaultStopReason, tariff, now);
            LogIfMeterWentBackwards(updated);
        }
        else if (updated.State == TransactionState.Ended && !startWasKnown && updated.StartRecorded)
        {
            // Started arrived after Ended: the start changed, so energy and cost change too.
            var tariff = await session.FindTariffAsync(updated.ChargerId, cancellationToken).ConfigureAwait(false);
            updated = TransactionMath.Price(updated, tariff);
        }

        return updated;
    }
}
