namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// One running session as the allocator sees it. A session whose charger has not confirmed its last limit
/// (<see cref="Unconfirmed"/>) is not managed this round: it counts at <see cref="ReservedW"/>, its last accepted limit
/// or its charger's maximum, and the others make room for it.
/// </summary>
internal sealed record SessionDemand(string Key, DateTimeOffset StartedAt, decimal MaxW)
{
    /// <summary>Higher is served first under <see cref="BalancingPolicy.PriorityByTokenGroup"/>.</summary>
    public int Priority { get; init; }

    public bool Unconfirmed { get; init; }

    public decimal ReservedW { get; init; }
}
