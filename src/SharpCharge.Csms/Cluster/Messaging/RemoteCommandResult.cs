using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>What came back from another node: the delivery and, when delivered, the charger's reply.</summary>
internal readonly record struct RemoteCommandResult(RemoteDelivery Delivery, CommandReply? Reply);
