using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Domain.Reporting;

/// <summary>
/// How much of a session's energy fell into a time window, assuming it was delivered evenly between the session's
/// start and its stop (ended) or its newest meter reading (running). Cheap, needs no meter samples, and exact for the
/// totals: the windows of a day add up to the energy of the sessions in it.
/// </summary>
internal static class EnergyProration
{
    /// <summary>The session's energy so far in Wh: the stored energy once ended, the newest reading − meter start while running.</summary>
    public static decimal EnergyWh(TransactionRecord transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.EnergyWh is { } energy)
        {
            return energy;
        }

        return transaction.LastMeterWh is { } last && transaction.MeterStartWh is { } start ? Math.Max(0m, last - start) : 0m;
    }

    /// <summary>The part of the session's energy, in Wh, delivered within [from, to).</summary>
    public static decimal EnergyWhBetween(TransactionRecord transaction, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var energy = EnergyWh(transaction);
        if (energy == 0m || to <= from)
        {
            return 0m;
        }

        var start = transaction.StartedAt;
        var end = transaction.StoppedAt ?? transaction.LastMeterAt ?? start;
        if (end <= start)
        {
            // No duration to spread over: the energy counts at the start.
            return start >= from && start < to ? energy : 0m;
        }

        var overlapStart = start > from ? start : from;
        var overlapEnd = end < to ? end : to;
        if (overlapEnd <= overlapStart)
        {
            return 0m;
        }

        return energy * (overlapEnd - overlapStart).Ticks / (end - start).Ticks;
    }
}
