using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Cluster;

/// <summary>This node's id and the RabbitMQ names derived from it, read once from <see cref="ClusterOptions"/>.</summary>
internal sealed class ClusterNodeIdentity
{
    /// <summary>The fanout exchange every node's live events go through.</summary>
    public const string LiveExchange = "sharpcharge.live";

    public ClusterNodeIdentity(IOptions<ClusterOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        NodeId = options.Value.NodeId;
    }

    public string NodeId { get; }

    /// <summary>The queue where this node receives commands for its chargers and requests to close stale sockets.</summary>
    public string CommandQueue => QueueOf(NodeId);

    public static string QueueOf(string nodeId) => "sharpcharge.node." + nodeId;
}
