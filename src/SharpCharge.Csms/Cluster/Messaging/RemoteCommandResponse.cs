namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>
/// The owner node's answer to a <see cref="RemoteCommandRequest"/>: the charger's reply when the node still held the
/// charger and sent the command (<see cref="Delivered"/>), or nothing when the charger was no longer there, so the
/// asking node can follow it to its new node.
/// </summary>
internal sealed record RemoteCommandResponse(bool Delivered, WireReply? Reply);
