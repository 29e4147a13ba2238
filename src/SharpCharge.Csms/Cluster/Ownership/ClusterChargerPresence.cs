using System.Data.Common;
using Microsoft.Extensions.Logging;
using SharpCharge.Csms.Cluster.Messaging;
using SharpCharge.Csms.Connections;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Csms.Cluster.Ownership;

/// <summary>
/// Records in PostgreSQL that this node holds a charger when its session goes online, and tells the node that held it
/// before to close its stale socket (the charger reconnected here). When a session ends, releases the charger unless
/// another node, or a newer session here, holds it by now. Every write names the connection by the time it went
/// online, so writes about two connections of one charger that reach the database out of order cannot undo each
/// other; what a race still takes away, the next lease renewal writes again from <see cref="HeldChargers"/>.
/// </summary>
internal sealed partial class ClusterChargerPresence : IChargerPresence
{
    private readonly OwnershipStore _store;
    private readonly ClusterDirectory _directory;
    private readonly HeldChargers _held;
    private readonly ClusterCommandClient _client;
    private readonly ClusterNodeIdentity _node;
    private readonly ILogger<ClusterChargerPresence> _logger;

    public ClusterChargerPresence(
        OwnershipStore store,
        ClusterDirectory directory,
        HeldChargers held,
        ClusterCommandClient client,
        ClusterNodeIdentity node,
        ILogger<ClusterChargerPresence> logger)
    {
        _store = store;
        _directory = directory;
        _held = held;
        _client = client;
        _node = node;
        _logger = logger;
    }

    public async ValueTask ConnectedAsync(string chargerId, OcppVersion version, DateTimeOffset connectedAt, CancellationToken cancellationToken)
    {
        var subProtocol = version.ToSubProtocol();
        _directory.Set(new ChargerOwner(chargerId, _node.NodeId, subProtocol));
        _held.Add(new HeldCharger(chargerId, subProtocol, connectedAt));
        OwnershipClaim claim;
        try
        {
            claim = await _store.ClaimAsync(chargerId, _node.NodeId, subProtocol, connectedAt, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            // The charger is served here all the same; the next lease renewal records it (HeldChargers).
            Log.OwnershipUpdateFailed(_logger, chargerId, e);
            return;
        }

        if (!claim.Claimed)
        {
            // A later connection of this charger is recorded elsewhere: this one is stale and closes on its own (the
            // charger left it); closing it here would be wrong should the clocks disagree, so it is only noted.
            Log.ClaimOutdated(_logger, chargerId);
        }
        else if (claim.PreviousNode is { } previous)
        {
            Log.TakenOver(_logger, chargerId, previous);
            await _client.CloseStaleSessionAsync(previous, new CloseStaleSession(chargerId, _node.NodeId, connectedAt), cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<bool> DisconnectedAsync(string chargerId, DateTimeOffset? connectedAt, CancellationToken cancellationToken)
    {
        _directory.Remove(chargerId, _node.NodeId);
        _held.Remove(chargerId, connectedAt);
        try
        {
            if (await _store.ReleaseAsync(chargerId, _node.NodeId, connectedAt, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            // Another node's row, even one whose lease just ran out, means the charger reconnected there.
            var holder = await _store.FindHolderAsync(chargerId, cancellationToken).ConfigureAwait(false);
            return holder is null || holder == _node.NodeId;
        }
        catch (DbException e)
        {
            // Marking it offline is the safe side: the node that holds it, if any, marks it online again on its next connect.
            Log.OwnershipUpdateFailed(_logger, chargerId, e);
            return true;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(ClusterEventIds.ChargerTakenOver, LogLevel.Information, "Charger {ChargerId} reconnected here; node {PreviousNode} is asked to close its stale connection", EventName = "ChargerTakenOver")]
        public static partial void TakenOver(ILogger logger, string chargerId, string previousNode);

        [LoggerMessage(ClusterEventIds.OwnershipUpdateFailed, LogLevel.Warning, "Could not record in PostgreSQL which node holds charger {ChargerId}", EventName = "OwnershipUpdateFailed")]
        public static partial void OwnershipUpdateFailed(ILogger logger, string chargerId, Exception exception);

        [LoggerMessage(ClusterEventIds.ClaimOutdated, LogLevel.Information, "Charger {ChargerId} connected here, but a later connection of it is recorded on another node; this one is left to close", EventName = "ClaimOutdated")]
        public static partial void ClaimOutdated(ILogger logger, string chargerId);
    }
}
