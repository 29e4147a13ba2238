using Microsoft.Extensions.Options;
using SharpCharge.Csms.Cluster.Ownership;
using SharpCharge.Csms.Domain.SmartCharging;

namespace SharpCharge.Csms.Cluster.Leadership;

/// <summary>
/// <see cref="ISiteLeadership"/> of a cluster: a lease per site in PostgreSQL. Each balancing round takes the lease
/// when it is free or expired, or renews it when this node holds it, for <see cref="ClusterOptions.SiteLease"/>; while
/// another node's lease runs this node leaves the site alone. A dead node stops renewing, so its sites pass to the
/// next node that asks once the lease ends.
/// </summary>
internal sealed class PostgresSiteLeadership : ISiteLeadership
{
    private readonly OwnershipStore _store;
    private readonly ClusterNodeIdentity _node;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lease;

    public PostgresSiteLeadership(OwnershipStore store, ClusterNodeIdentity node, TimeProvider time, IOptions<ClusterOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _node = node;
        _time = time;
        _lease = options.Value.SiteLease;
    }

    public async ValueTask<bool> IsLeaderAsync(string stationId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        return await _store.HoldSiteAsync(stationId, _node.NodeId, now, now + _lease, cancellationToken).ConfigureAwait(false);
    }
}
