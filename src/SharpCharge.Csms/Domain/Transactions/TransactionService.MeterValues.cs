namespace SharpCharge.Csms.Domain.Transactions;

// MeterValues messages (1.6 with or without transactionId; 2.x MeterValuesRequest outside transactions).
internal sealed partial class TransactionService
{
    public Task<int> RecordMeterValuesAsync(MeterValuesReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var samples = WithDefaults(report.Samples);
        return _store.ExecuteAsync(
            async (session, ct) =>
            {
                var now = _time.GetUtcNow();
                TransactionRecord? transaction = null;
                if (report.TransactionId is { } id)
                {
                    transaction = await session.GetAsync(id, ct).ConfigureAwait(false);
                    if (transaction is null
                        || !string.Equals(transaction.ChargerId, report.ChargerId, StringComparison.OrdinalIgnoreCase))
                    {
                        Log.MeterValuesForUnknownTransaction(_logger, report.ChargerId, id);
                        transaction = null;
                    }
                }

                var added = await session.AddMeterValuesAsync(
                    report.ChargerId, transaction?.Id, report.EvseId, report.ConnectorId, samples, now, ct).ConfigureAwait(false);
                if (transaction is { State: TransactionState.Running } && added > 0)
                {
                    var updated = TransactionMath.ApplySamples(transaction, samples);
                    if (updated != transaction)
                    {
                        await session.UpdateAsync(updated with { UpdatedAt = now }, ct).ConfigureAwait(false);
                    }
                }

                return added;
            },
            cancellationToken);
    }
}
