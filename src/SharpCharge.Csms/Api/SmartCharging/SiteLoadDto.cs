namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>
/// A site's load management: its capacity, the time-of-day limit, the limit in force now, and each running session's
/// share after the latest balancing round (empty before the first).
/// </summary>
internal sealed record SiteLoadDto(
    string StationId,
    double? CapacityKw,
    decimal? PeakLimitKw,
    string? PeakFrom,
    string? PeakTo,
    decimal? LimitNowKw,
    DateTimeOffset? BalancedAt,
    IReadOnlyList<SessionLoadDto> Sessions);

/// <summary>One session's share: the limit its charger accepted, what the balancer counts it at, and its power now.</summary>
internal sealed record SessionLoadDto(string ChargerId, int EvseId, long TransactionId, decimal? LimitKw, decimal CountedKw, bool Confirmed, decimal? PowerKw);
