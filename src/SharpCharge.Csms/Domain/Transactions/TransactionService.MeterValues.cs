namespace SharpCharge.Csms.Domain.Transactions;

// MeterValues messages (1.6 with or without transactionId; 2.x MeterValuesRequest outside transactions).
internal sealed partial class TransactionService
{
    public async Task<int> RecordMeterValuesAsync(MeterValuesReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var samples = WithDefaults(report.Samples);
        var readings = MeterReadings.From(samples);
        string? confirmedOwner = null;
        var added = await _store.ExecuteAsync(
            async (session, ct) =>
            {
                var now = _time.GetUtcNow();
                if (report.TransactionId is not { } id)
                {
                    return WrittenCount.Of(await session.AddMeterValuesAsync(
                        report.ChargerId, null, report.EvseId, report.ConnectorId, samples, now, ct).ConfigureAwait(false));
                }

                // The usual case, a running session's next message, costs no read: the owner is known from its start or
                // an earlier message, and the store advances the readings only while the session is still running.
                if (!_owners.IsOwnedBy(id, report.ChargerId))
                {
                    var transaction = await session.GetAsync(id, ct).ConfigureAwait(false);
                    if (transaction is null
                        || !string.Equals(transaction.ChargerId, report.ChargerId, StringComparison.OrdinalIgnoreCase))
                    {
                        Log.MeterValuesForUnknownTransaction(_logger, report.ChargerId, id);
                        return WrittenCount.Of(await session.AddMeterValuesAsync(
                            report.ChargerId, null, report.EvseId, report.ConnectorId, samples, now, ct).ConfigureAwait(false));
                    }

                    confirmedOwner = transaction.ChargerId;
                }

                return await session.AddTransactionMeterValuesAsync(
                    report.ChargerId, id, report.EvseId, report.ConnectorId, samples, readings, now, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        // Only now is the count final, and the read durable knowledge (the batch that made it could have been rolled back and retried).
        if (confirmedOwner is not null && report.TransactionId is { } known)
        {
            _owners.Remember(known, confirmedOwner);
        }

        return added.Value;
    }
}
