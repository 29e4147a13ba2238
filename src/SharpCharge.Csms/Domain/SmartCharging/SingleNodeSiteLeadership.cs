namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>Without a cluster this node is the only one, so it balances every site.</summary>
internal sealed class SingleNodeSiteLeadership : ISiteLeadership
{
    public ValueTask<bool> IsLeaderAsync(string stationId, CancellationToken cancellationToken) => ValueTask.FromResult(true);
}
