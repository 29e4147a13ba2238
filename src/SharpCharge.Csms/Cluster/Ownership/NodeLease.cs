using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Cluster.Messaging;
using Npgsql;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Cluster.Ownership;

/// <summary>
/// This node's lease in PostgreSQL and the search for dead nodes. Joining releases what an earlier run of this node
/// left behind; every <see cref="ClusterOptions.LeaseRenewInterval"/> the lease is renewed and nodes whose lease ran
/// out are swept: their chargers stop showing online (and every dashboard hears so). If this node was itself swept
/// (it stalled longer than a lease), it joins again and claims the chargers still connected to it. The lease has its
/// own two-connection pool, so renewals do not wait behind the node's other database work.
/// </summary>
internal sealed partial class NodeLease : IAsyncDisposable
{
    /// <summary>Connections of the lease's own pool: renewals must never queue behind a burst of charger traffic.</summary>
    private const int PoolSize = 2;

    private readonly SqlDialect _dialect;
    private readonly OwnershipStore _store;
    private readonly ClusterDirectory _directory;
    private readonly ClusterNodeIdentity _node;
    private readonly ClusterLiveEvents _events;
    private readonly HeldChargers _held;
    private readonly ClusterOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<NodeLease> _logger;
    private bool _rejoinPending;

    public NodeLease(
        IOptions<StorageOptions> storage,
        ClusterDirectory directory,
        ClusterNodeIdentity node,
        ClusterLiveEvents events,
        HeldChargers held,
        IOptions<ClusterOptions> options,
        TimeProvider time,
        ILogger<NodeLease> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        var connectionString = new NpgsqlConnectionStringBuilder(storage.Value.EffectiveConnectionString)
        {
            MaxPoolSize = PoolSize,
            MinPoolSize = 0,
            ApplicationName = "sharpcharge-lease-" + node.NodeId,
        };
        _dialect = SqlDialect.Create(new StorageOptions
        {
            Provider = StorageProvider.Postgres,
            ConnectionString = connectionString.ConnectionString,
            CommandTimeoutSeconds = Math.Max(1, (int)options.Value.LeaseRenewInterval.TotalSeconds),
        });
        _store = new OwnershipStore(_dialect);
        _directory = directory;
        _node = node;
        _events = events;
        _held = held;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task JoinAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var released = await _store.JoinAsync(_node.NodeId, now, now + _options.NodeLease, cancellationToken).ConfigureAwait(false);
        Announce(released, now);
        _directory.Load(await _store.ListOwnersAsync(now, cancellationToken).ConfigureAwait(false));
        Log.Joined(_logger, _node.NodeId, _directory.Count);
    }

    /// <summary>One renewal and sweep. Failures are logged and retried on the next round: the lease has room for them.</summary>
    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        try
        {
            if (_rejoinPending || !await _store.RenewAsync(_node.NodeId, now + _options.NodeLease, cancellationToken).ConfigureAwait(false))
            {
                // Stays pending until it succeeds: a failed attempt is retried on the next round.
                _rejoinPending = true;
                await RejoinAsync(now, cancellationToken).ConfigureAwait(false);
            }

            var (dead, offline) = await _store.SweepAsync(_node.NodeId, now, cancellationToken).ConfigureAwait(false);
            foreach (var node in dead)
            {
                _directory.RemoveNode(node);
                Log.Swept(_logger, node, offline.Count);
            }

            Announce(offline, now);
            var repaired = await _store.ReclaimAsync(_node.NodeId, _held.Snapshot(), cancellationToken).ConfigureAwait(false);
            if (repaired.Count > 0)
            {
                // The racing write may have been announced as a disconnect: every node hears the charger is here.
                Log.Repaired(_logger, repaired.Count);
                AnnounceConnected(repaired, now);
            }
        }
        catch (DbException e)
        {
            Log.RenewalFailed(_logger, e);
        }
    }

    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        Announce(await _store.LeaveAsync(_node.NodeId, now, cancellationToken).ConfigureAwait(false), now);
        Log.Left(_logger, _node.NodeId);
    }

    private async Task RejoinAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Another node declared this one dead and marked its chargers offline, but their sockets are still here.
        var held = _held.Snapshot();
        await _store.RejoinAsync(_node.NodeId, now, now + _options.NodeLease, held, cancellationToken).ConfigureAwait(false);
        _rejoinPending = false;
        AnnounceConnected(held, now);
        Log.Rejoined(_logger, _node.NodeId, held.Count);
    }

    private void AnnounceConnected(IReadOnlyList<HeldCharger> chargers, DateTimeOffset now)
    {
        foreach (var charger in chargers)
        {
            _directory.Set(new ChargerOwner(charger.ChargerId, _node.NodeId, charger.OcppVersion));
            _events.Publish(new LiveEvent(LiveEventKind.ChargerConnected, charger.ChargerId, now) { OcppVersion = charger.OcppVersion["ocpp".Length..] });
        }
    }

    public ValueTask DisposeAsync() => _dialect.DisposeAsync();

    private void Announce(IReadOnlyList<string> offline, DateTimeOffset now)
    {
        foreach (var chargerId in offline)
        {
            _events.Publish(new LiveEvent(LiveEventKind.ChargerDisconnected, chargerId, now));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(ClusterEventIds.NodeJoined, LogLevel.Information, "Node {NodeId} joined the cluster; {Chargers} chargers are connected across it", EventName = "NodeJoined")]
        public static partial void Joined(ILogger logger, string nodeId, int chargers);

        [LoggerMessage(ClusterEventIds.NodeRejoined, LogLevel.Warning, "Node {NodeId} was taken for dead after missing its lease renewals; it joined again and claimed its {Chargers} chargers", EventName = "NodeRejoined")]
        public static partial void Rejoined(ILogger logger, string nodeId, int chargers);

        [LoggerMessage(ClusterEventIds.NodeLeft, LogLevel.Information, "Node {NodeId} left the cluster", EventName = "NodeLeft")]
        public static partial void Left(ILogger logger, string nodeId);

        [LoggerMessage(ClusterEventIds.DeadNodeSwept, LogLevel.Warning, "Node {NodeId} stopped renewing its lease: it counts as dead, {Chargers} of its chargers went offline", EventName = "DeadNodeSwept")]
        public static partial void Swept(ILogger logger, string nodeId, int chargers);

        [LoggerMessage(ClusterEventIds.LeaseRenewalFailed, LogLevel.Warning, "Could not renew this node's lease in PostgreSQL; retrying", EventName = "LeaseRenewalFailed")]
        public static partial void RenewalFailed(ILogger logger, Exception exception);

        [LoggerMessage(ClusterEventIds.OwnershipRepaired, LogLevel.Information, "The lease renewal wrote again the ownership row or online flag of {Chargers} chargers connected here, which a racing write had taken away", EventName = "OwnershipRepaired")]
        public static partial void Repaired(ILogger logger, int chargers);
    }
}
