using SharpCharge.Ocpp;

namespace SharpCharge.Csms.Connections;

/// <summary>Without a cluster the sessions of this node are all there is: a session that ends takes its charger offline.</summary>
internal sealed class SingleNodePresence : IChargerPresence
{
    public ValueTask ConnectedAsync(string chargerId, OcppVersion version, DateTimeOffset connectedAt, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<bool> DisconnectedAsync(string chargerId, DateTimeOffset? connectedAt, CancellationToken cancellationToken) => ValueTask.FromResult(true);
}
