namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>How a command sent to another node ended, as far as the transport knows.</summary>
internal enum RemoteDelivery
{
    /// <summary>The node sent the command to its charger; the reply is the charger's.</summary>
    Delivered,

    /// <summary>The node no longer holds the charger and sent nothing.</summary>
    NotHere,

    /// <summary>The node has no queue (it died or left); nothing was delivered.</summary>
    Unreachable,

    /// <summary>No answer from the node in time; the command may or may not have reached the charger.</summary>
    Timeout,
}
