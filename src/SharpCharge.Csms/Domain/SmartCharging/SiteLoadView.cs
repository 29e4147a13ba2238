namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>A site after its latest balancing round: the limit it was balanced against and each session's share.</summary>
internal sealed record SiteLoadView(string StationId, DateTimeOffset At, decimal CapacityW, IReadOnlyList<SessionLoadView> Sessions);

/// <summary>
/// One session of a <see cref="SiteLoadView"/>: the limit the charger accepted last (null: none yet), the limit the
/// balancer counts it at, and the newest power it reported.
/// </summary>
internal sealed record SessionLoadView(string ChargerId, int EvseId, long TransactionId, decimal? AcceptedLimitW, decimal CountedW, bool Confirmed, decimal? PowerW);
