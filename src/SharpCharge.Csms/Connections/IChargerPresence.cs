using SharpCharge.Ocpp;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Told when a charger's session starts and ends on this node, so that a cluster can record which node holds it.
/// A single node has nothing to record (<see cref="SingleNodePresence"/>).
/// </summary>
internal interface IChargerPresence
{
    /// <summary>
    /// The charger's session on this node went online at <paramref name="connectedAt"/> (the connected-at time written
    /// for it), which names this connection: of two connections of one charger, the later one is the charger's.
    /// </summary>
    ValueTask ConnectedAsync(string chargerId, OcppVersion version, DateTimeOffset connectedAt, CancellationToken cancellationToken);

    /// <summary>
    /// This node's current session of the charger, online since <paramref name="connectedAt"/> (null when it never
    /// got that far), ended. False when another node holds the charger by now (it reconnected there), so it stays
    /// online; true when it went offline.
    /// </summary>
    ValueTask<bool> DisconnectedAsync(string chargerId, DateTimeOffset? connectedAt, CancellationToken cancellationToken);
}
