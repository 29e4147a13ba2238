using System.ComponentModel.DataAnnotations;

namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// Site load management, bound from the <c>SmartCharging:Balancer</c> section and validated at start. A site (station)
/// is balanced when this is enabled and the station has a <c>capacity_kw</c>.
/// </summary>
internal sealed class SiteBalancerOptions
{
    public const string SectionName = "SmartCharging:Balancer";

    /// <summary>Whether the central system divides each site's capacity among its sessions. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>How the capacity is divided. Default <see cref="BalancingPolicy.EqualShare"/>.</summary>
    public BalancingPolicy Policy { get; set; } = BalancingPolicy.EqualShare;

    /// <summary>
    /// How long to wait after a session started, stopped or a site changed before balancing, in milliseconds, so that
    /// a burst of changes costs one round. Default 1000.
    /// </summary>
    [Range(0, 60_000)]
    public int DebounceMilliseconds { get; set; } = 1_000;

    /// <summary>
    /// A site with sessions is balanced at least this often, in seconds, even without events: time-of-day limits start
    /// and end, and limits a charger did not confirm are sent again. Default 60.
    /// </summary>
    [Range(1, 3_600)]
    public int RebalanceSeconds { get; set; } = 60;

    /// <summary>A limit within this many kW of the one last sent is not sent again (unless the site would exceed its capacity). Default 1.</summary>
    [Range(0, 1_000)]
    public double DeadBandKw { get; set; } = 1;

    /// <summary>
    /// The least a session gets while it charges, in kW; when the capacity cannot give every session this much, the latest
    /// arrivals are paused (limit 0). Default 4.2 (6 A on three phases at 230 V, IEC 61851's minimum).
    /// </summary>
    [Range(0, 1_000)]
    public double MinPowerKw { get; set; } = 4.2;

    /// <summary>
    /// What a charger can give at most, in kW, when nothing better is known (the highest power it has reported is used
    /// when higher). A charger that did not confirm its limit counts at its last accepted limit, or at this. Default 22.
    /// </summary>
    [Range(0.1, 10_000)]
    public double ChargerMaxPowerKw { get; set; } = 22;

    /// <summary>
    /// Send each session's limit as a TxDefaultProfile on its EVSE instead of a TxProfile of its transaction: the limit
    /// then also holds for the next session on that EVSE until the balancer changes it. Default false.
    /// </summary>
    public bool UseTxDefaultProfile { get; set; }

    /// <summary>
    /// The stack level of the balancer's profiles. Operator profiles on a higher level of the same purpose win over the
    /// balancer's. Default 1.
    /// </summary>
    [Range(0, 1_000)]
    public int StackLevel { get; set; } = 1;

    /// <summary>
    /// For <see cref="BalancingPolicy.PriorityByTokenGroup"/>: priority by token group id (higher first); tokens without a
    /// group, or in a group not listed, have priority 0.
    /// </summary>
    public Dictionary<string, int> GroupPriorities { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Debounce => TimeSpan.FromMilliseconds(DebounceMilliseconds);

    public TimeSpan Rebalance => TimeSpan.FromSeconds(RebalanceSeconds);
}
