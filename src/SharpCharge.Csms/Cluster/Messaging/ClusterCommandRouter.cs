using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Cluster.Ownership;
using SharpCharge.Csms.Connections;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Protocol;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>
/// <see cref="ICommandRouter"/> of a cluster node: a charger connected here gets the command through the
/// <see cref="LocalCommandRouter"/>; one held by another node gets it through that node's queue, and the answer comes
/// back the same way. When the owner no longer holds the charger (it moved, or the owner died) the router looks the
/// owner up again and follows it, a few times at most, all within one deadline: the charger's command timeout plus
/// <see cref="TransportAllowance"/>. It never waits longer, and every end is an outcome with the reason.
/// </summary>
internal sealed partial class ClusterCommandRouter : ICommandRouter
{
    /// <summary>Time allowed on top of the charger's command timeout for the two hops through RabbitMQ.</summary>
    public static readonly TimeSpan TransportAllowance = TimeSpan.FromSeconds(5);

    private const int MaxHops = 3;

    private readonly LocalCommandRouter _local;
    private readonly ClusterCommandClient _client;
    private readonly ClusterDirectory _directory;
    private readonly OwnershipStore _store;
    private readonly ClusterNodeIdentity _node;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly ILogger<ClusterCommandRouter> _logger;

    public ClusterCommandRouter(
        LocalCommandRouter local,
        ClusterCommandClient client,
        ClusterDirectory directory,
        OwnershipStore store,
        ClusterNodeIdentity node,
        TimeProvider time,
        IOptions<OcppEndpointOptions> options,
        ILogger<ClusterCommandRouter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _local = local;
        _client = client;
        _directory = directory;
        _store = store;
        _node = node;
        _time = time;
        _timeout = options.Value.CallTimeout + TransportAllowance;
        _logger = logger;
    }

    public OcppVersion? ConnectedVersion(string chargerId)
    {
        if (_local.ConnectedVersion(chargerId) is { } local)
        {
            return local;
        }

        return _directory.Find(chargerId) is { } owner && owner.NodeId != _node.NodeId && OcppSubProtocols.TryParse(owner.OcppVersion, out var version)
            ? version
            : null;
    }

    public async ValueTask<CommandReply> SendAsync(string chargerId, ChargerCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var started = _time.GetTimestamp();
        string? missed = null;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            if (_local.ConnectedVersion(chargerId) is not null)
            {
                return await _local.SendAsync(chargerId, command, cancellationToken).ConfigureAwait(false);
            }

            var owner = _directory.Find(chargerId);
            if (owner is null || owner.NodeId == _node.NodeId || owner.NodeId == missed)
            {
                // The picture here has nothing better: ask PostgreSQL, which every node writes on connect.
                owner = await _store.FindOwnerAsync(chargerId, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                UpdateDirectory(chargerId, owner);
            }

            if (owner is null || owner.NodeId == _node.NodeId || owner.NodeId == missed)
            {
                return CommandReply.Offline(missed is null
                    ? $"Charger {chargerId} is not connected to any node."
                    : $"Charger {chargerId} is no longer connected to node {missed}, and no other node holds it.");
            }

            var remaining = _timeout - _time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }

            RemoteCommandResult result;
            try
            {
                result = await _client.SendAsync(owner.NodeId, chargerId, command, remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (NotSupportedException e)
            {
                return CommandReply.Unsupported(e.Message);
            }

            switch (result.Delivery)
            {
                case RemoteDelivery.Delivered:
                    return result.Reply!;
                case RemoteDelivery.Timeout:
                    return new CommandReply(CommandOutcome.Timeout)
                    {
                        Detail = $"No answer through node {owner.NodeId}, which holds charger {chargerId}, within {_timeout.TotalSeconds:0.###} s.",
                        DurationMs = (long)_time.GetElapsedTime(started).TotalMilliseconds,
                    };
                default:
                    // Not there any more, or the node is gone: nothing was sent, so following the charger is safe.
                    Log.Following(_logger, chargerId, owner.NodeId, result.Delivery);
                    missed = owner.NodeId;
                    _directory.Remove(chargerId, owner.NodeId);
                    break;
            }
        }

        return new CommandReply(CommandOutcome.Timeout)
        {
            Detail = $"Charger {chargerId} moved between nodes faster than the command could follow within {_timeout.TotalSeconds:0.###} s.",
            DurationMs = (long)_time.GetElapsedTime(started).TotalMilliseconds,
        };
    }

    private void UpdateDirectory(string chargerId, ChargerOwner? owner)
    {
        if (owner is not null && owner.NodeId != _node.NodeId)
        {
            _directory.Set(owner with { ChargerId = chargerId });
        }
    }

    private static partial class Log
    {
        [LoggerMessage(ClusterEventIds.CommandFollowsCharger, LogLevel.Debug, "Charger {ChargerId} is not reachable through node {NodeId} ({Delivery}); looking for it elsewhere", EventName = "CommandFollowsCharger")]
        public static partial void Following(ILogger logger, string chargerId, string nodeId, RemoteDelivery delivery);
    }
}
