namespace SharpCharge.Csms.Cluster.Ownership;

/// <summary>
/// The outcome of a claim: whether this node now holds the charger (false when a later connection of it is recorded
/// already), and the live node that held it before, which must close its stale socket.
/// </summary>
internal sealed record OwnershipClaim(bool Claimed, string? PreviousNode);
