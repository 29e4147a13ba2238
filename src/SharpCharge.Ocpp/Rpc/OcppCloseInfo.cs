using System.Net.WebSockets;

namespace SharpCharge.Ocpp.Rpc;

/// <summary>Why a connection closed.</summary>
/// <param name="Initiator">Which side closed it.</param>
/// <param name="Status">The WebSocket close status, when there was one.</param>
/// <param name="Description">The close reason, when there was one.</param>
public sealed record OcppCloseInfo(OcppCloseInitiator Initiator, WebSocketCloseStatus? Status, string? Description);

/// <summary>Which side closed a connection.</summary>
public enum OcppCloseInitiator
{
    /// <summary>This side: <c>CloseAsync</c>, cancellation, or a protocol limit (message too big).</summary>
    Local,

    /// <summary>The peer closed, or the transport broke.</summary>
    Remote,
}
