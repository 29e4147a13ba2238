using SharpCharge.Ocpp;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Told when a charger's session starts and ends on this node, so that a cluster can record which node holds it.
/// A single node has nothing to record (<see cref="SingleNodePresence"/>).
/// </summary>
internal interface IChargerPresence
{
    /// <summary>The charger's session on this node is about to go online.</summary>
    ValueTask ConnectedAsync(string chargerId, OcppVersion version, CancellationToken cancellationToken);

    /// <summary>
    /// This node's current session of the charger ended. False when another node holds the charger by now (it
    /// reconnected there), so it stays online; true when it went offline.
    /// </summary>
    ValueTask<bool> DisconnectedAsync(string chargerId, CancellationToken cancellationToken);
}
