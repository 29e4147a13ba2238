using System.Data.Common;
using Microsoft.Extensions.Logging;
using SharpCharge.Csms.Cluster.Messaging;
using SharpCharge.Csms.Connections;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Csms.Cluster.Ownership;

/// <summary>
/// Records in PostgreSQL that this node holds a charger when its session starts, and tells the node that held it
/// before to close its stale socket (the charger reconnected here). When a session ends, releases the charger unless
/// another node holds it by now.
/// </summary>
internal sealed partial class ClusterChargerPresence : IChargerPresence
{
    private readonly OwnershipStore _store;
    private readonly ClusterDirectory _directory;
    private readonly ClusterCommandClient _client;
    private readonly ClusterNodeIdentity _node;
    private readonly TimeProvider _time;
    private readonly ILogger<ClusterChargerPresence> _logger;

    public ClusterChargerPresence(
        OwnershipStore store,
        ClusterDirectory directory,
        ClusterCommandClient client,
        ClusterNodeIdentity node,
        TimeProvider time,
        ILogger<ClusterChargerPresence> logger)
    {
        _store = store;
        _directory = directory;
        _client = client;
        _node = node;
        _time = time;
        _logger = logger;
    }

    public async ValueTask ConnectedAsync(string chargerId, OcppVersion version, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var subProtocol = version.ToSubProtocol();
        _directory.Set(new ChargerOwner(chargerId, _node.NodeId, subProtocol));
        string? previous;
        try
        {
            previous = await _store.ClaimAsync(chargerId, _node.NodeId, subProtocol, now, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            // The charger is served here all the same; only commands from other nodes cannot find it until it reconnects.
            Log.OwnershipUpdateFailed(_logger, chargerId, e);
            return;
        }

        if (previous is not null)
        {
            Log.TakenOver(_logger, chargerId, previous);
            await _client.CloseStaleSessionAsync(previous, new CloseStaleSession(chargerId, _node.NodeId, now), cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<bool> DisconnectedAsync(string chargerId, CancellationToken cancellationToken)
    {
        _directory.Remove(chargerId, _node.NodeId);
        try
        {
            if (await _store.ReleaseAsync(chargerId, _node.NodeId, cancellationToken).ConfigureAwait(false))
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
    }
}
