namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>
/// Sent to the node that held a charger before it reconnected to <see cref="NewNodeId"/> at <see cref="ClaimedAt"/>:
/// close your connection of that charger if it is older than the new one.
/// </summary>
internal sealed record CloseStaleSession(string ChargerId, string NewNodeId, DateTimeOffset ClaimedAt);
