namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// Divides a site's capacity among its sessions: pure arithmetic, no clock and no I/O. Sessions are served in tiers
/// (one tier for equal share; one per session, in order of arrival, for first come first served; one per priority,
/// highest first, for priority by token group). Within a tier the remainder is shared equally, each session capped at
/// its maximum and what it cannot use passed on; when the share would fall below the minimum power, the latest
/// arrivals of the tier are paused (limit 0) until the others get at least the minimum. The sum of the limits and the
/// reservations of unconfirmed sessions never exceeds the capacity.
/// </summary>
internal static class SiteAllocator
{
    /// <summary>The limit in W for every session that is not <see cref="SessionDemand.Unconfirmed"/>, by key.</summary>
    public static IReadOnlyDictionary<string, decimal> Allocate(decimal capacityW, IReadOnlyList<SessionDemand> sessions, BalancingPolicy policy, decimal minW)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var limits = new Dictionary<string, decimal>(sessions.Count, StringComparer.Ordinal);
        var remaining = Math.Max(0m, capacityW - sessions.Where(s => s.Unconfirmed).Sum(s => s.ReservedW));
        foreach (var tier in Tiers(sessions.Where(s => !s.Unconfirmed), policy))
        {
            remaining -= ShareEqually(remaining, tier, minW, limits);
        }

        return limits;
    }

    private static IEnumerable<IReadOnlyList<SessionDemand>> Tiers(IEnumerable<SessionDemand> managed, BalancingPolicy policy)
    {
        var byArrival = managed.OrderBy(s => s.StartedAt).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        return policy switch
        {
            BalancingPolicy.FirstComeFirstServed => byArrival.Select(s => (IReadOnlyList<SessionDemand>)[s]),
            BalancingPolicy.PriorityByTokenGroup => byArrival.GroupBy(s => s.Priority).OrderByDescending(g => g.Key).Select(g => (IReadOnlyList<SessionDemand>)[.. g]),
            _ => [byArrival],
        };
    }

    /// <summary>Water-fills <paramref name="available"/> over <paramref name="tier"/> (in order of arrival) and returns what it gave out.</summary>
    private static decimal ShareEqually(decimal available, IReadOnlyList<SessionDemand> tier, decimal minW, Dictionary<string, decimal> limits)
    {
        // The earliest arrivals keep charging: admit sessions while each admitted one can still get its minimum.
        var admitted = tier.Count;
        while (admitted > 0 && tier.Take(admitted).Sum(s => Math.Min(minW, s.MaxW)) > available)
        {
            admitted--;
        }

        foreach (var paused in tier.Skip(admitted))
        {
            limits[paused.Key] = 0m;
        }

        // Water-filling: sessions whose maximum is below the equal share take their maximum, the rest share what is left.
        var open = tier.Take(admitted).OrderBy(s => s.MaxW).ToList();
        var left = available;
        var given = 0m;
        for (var i = 0; i < open.Count; i++)
        {
            var share = RoundDown(left / (open.Count - i));
            var limit = Math.Min(open[i].MaxW, share);
            limits[open[i].Key] = limit;
            left -= limit;
            given += limit;
        }

        return given;
    }

    // Whole watts, rounded down, so rounding never adds up to more than the capacity.
    private static decimal RoundDown(decimal watts) => decimal.Floor(Math.Max(0m, watts));
}
