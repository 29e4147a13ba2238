namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>How a site's capacity is divided among its running sessions.</summary>
internal enum BalancingPolicy
{
    /// <summary>Every session gets the same share (up to its charger's maximum; what one cannot use goes to the others).</summary>
    EqualShare,

    /// <summary>Sessions in the order they started: each takes what it can before the next one gets anything.</summary>
    FirstComeFirstServed,

    /// <summary>
    /// Sessions whose token belongs to a group with a higher priority (<see cref="SiteBalancerOptions.GroupPriorities"/>)
    /// are served first; sessions of the same priority share equally.
    /// </summary>
    PriorityByTokenGroup,
}
