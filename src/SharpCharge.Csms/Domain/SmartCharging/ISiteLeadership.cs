namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// Decides which node balances which site, so that each site's load is managed by exactly one node at a time.
/// A single node balances every site (<see cref="SingleNodeSiteLeadership"/>); in cluster mode a lease in PostgreSQL
/// decides, and a node that dies loses its sites when the lease expires.
/// </summary>
internal interface ISiteLeadership
{
    /// <summary>
    /// True when this node balances <paramref name="stationId"/> now. Called before every balancing round, so an
    /// implementation with leases takes or renews the lease here and answers false while another node holds it.
    /// </summary>
    ValueTask<bool> IsLeaderAsync(string stationId, CancellationToken cancellationToken);
}
