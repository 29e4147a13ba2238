using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>Pure steps that move a <see cref="TransactionRecord"/> forward: meter readings, the end, the price.</summary>
internal static class TransactionMath
{
    /// <summary>
    /// Takes the energy register readings among <paramref name="samples"/> (with defaults): the newest becomes the
    /// last reading; the first one (other than a Transaction.End reading) becomes meter start when none is known; a
    /// Transaction.Begin reading sets meter start while the start itself has not been recorded.
    /// </summary>
    public static TransactionRecord ApplySamples(TransactionRecord transaction, IReadOnlyList<MeterSample> samples)
    {
        var result = transaction;
        foreach (var sample in samples)
        {
            if (EnergyRegister.ToWh(sample) is not { } wh)
            {
                continue;
            }

            // An end reading never becomes the start: with nothing earlier known, the energy stays unknown.
            if ((result.MeterStartWh is null && sample.Context != MeterSample.ContextTransactionEnd)
                || (!result.StartRecorded && sample.Context == MeterSample.ContextTransactionBegin))
            {
                result = result with { MeterStartWh = wh };
            }

            if (result.LastMeterAt is not { } lastAt || sample.Timestamp >= lastAt)
            {
                result = result with { LastMeterWh = wh, LastMeterAt = sample.Timestamp };
            }
        }

        return result;
    }

    /// <summary>The Transaction.End register reading among the samples, if any (the last one wins).</summary>
    public static decimal? EndReading(IReadOnlyList<MeterSample> samples)
    {
        decimal? result = null;
        foreach (var sample in samples)
        {
            if (sample.Context == MeterSample.ContextTransactionEnd && EnergyRegister.ToWh(sample) is { } wh)
            {
                result = wh;
            }
        }

        return result;
    }

    /// <summary>Ends the session: stop time, meter stop (or the last reading), reason, energy and cost.</summary>
    public static TransactionRecord End(
        TransactionRecord transaction, DateTimeOffset stoppedAt, decimal? meterStopWh, string stopReason, Tariff? tariff, DateTimeOffset now) =>
        Price(
            transaction with
            {
                State = TransactionState.Ended,
                StoppedAt = stoppedAt,
                MeterStopWh = meterStopWh ?? transaction.LastMeterWh,
                StopReason = stopReason,
                UpdatedAt = now,
            },
            tariff);

    /// <summary>Energy (stop − start, never below 0) and cost of an ended session from its stored readings.</summary>
    public static TransactionRecord Price(TransactionRecord transaction, Tariff? tariff)
    {
        decimal? energy = transaction is { MeterStartWh: { } start, MeterStopWh: { } stop } ? Math.Max(0m, stop - start) : null;
        var duration = (transaction.StoppedAt ?? transaction.StartedAt) - transaction.StartedAt;
        var cost = tariff is not null && energy is { } e ? TariffCalculator.Cost(tariff, e, duration) : (decimal?)null;
        return transaction with { EnergyWh = energy, Cost = cost, Currency = cost is null ? null : tariff!.Currency };
    }

    /// <summary>What the session costs at <paramref name="now"/> (or cost, once ended).</summary>
    public static CostEstimate Estimate(TransactionRecord transaction, Tariff? tariff, DateTimeOffset now)
    {
        if (transaction.State == TransactionState.Ended)
        {
            var ended = transaction.Cost is null && tariff is not null ? Price(transaction, tariff) : transaction;
            return new CostEstimate(
                ended.Id,
                ended.State,
                ended.EnergyWh,
                (ended.StoppedAt ?? ended.StartedAt) - ended.StartedAt,
                ended.Cost,
                ended.Currency,
                now);
        }

        decimal? energy = transaction is { MeterStartWh: { } start, LastMeterWh: { } last } ? Math.Max(0m, last - start) : null;
        var duration = now > transaction.StartedAt ? now - transaction.StartedAt : TimeSpan.Zero;
        var cost = tariff is null ? (decimal?)null : TariffCalculator.Cost(tariff, energy ?? 0m, duration);
        return new CostEstimate(transaction.Id, transaction.State, energy, duration, cost, cost is null ? null : tariff!.Currency, now);
    }
}
