namespace SharpCharge.Ocpp.Transport;

/// <summary>What <see cref="IOcppTransport.ReceiveAsync"/> found.</summary>
public enum OcppReceiveStatus
{
    /// <summary>A whole message was appended to the destination.</summary>
    Message,

    /// <summary>The peer closed the transport (or it broke); nothing more will arrive.</summary>
    Closed,

    /// <summary>The message exceeded the size limit; the caller should close with 1009 (message too big).</summary>
    MessageTooBig,

    /// <summary>A binary message arrived; OCPP-J uses text frames only.</summary>
    Binary,
}
