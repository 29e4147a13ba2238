using System.ComponentModel.DataAnnotations;

namespace SharpCharge.Csms.Cluster;

/// <summary>
/// Cluster mode, bound from the <c>Cluster</c> section and validated at start. Off by default: one node needs neither
/// PostgreSQL nor RabbitMQ. On, every node shares the PostgreSQL database of <c>Storage</c> (which must then be the
/// PostgreSQL provider) and one RabbitMQ broker, and has its own <see cref="NodeId"/>.
/// </summary>
internal sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>Whether this node runs in cluster mode. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// This node's name, unique in the cluster: letters, digits, '-', '_' and '.', at most 64 characters. Default: the
    /// machine name. Two running nodes with the same id would take each other's chargers and commands.
    /// </summary>
    public string NodeId { get; set; } = Environment.MachineName;

    /// <summary>The broker, e.g. <c>amqp://csms:secret@rabbit:5672/</c>. Required in cluster mode.</summary>
    public string? RabbitMqUri { get; set; }

    /// <summary>
    /// How long a node's lease lasts without renewal. When it runs out the node counts as dead: its chargers stop
    /// showing online and other nodes take its place. Default 15 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan NodeLease { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the node renews its lease and looks for dead nodes. Default 5 s; must be below <see cref="NodeLease"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a node balances a site after it last confirmed that it does. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SiteLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Commands from other nodes this node sends to its chargers at once. Default 64.</summary>
    [Range(1, 1_000)]
    public int CommandConcurrency { get; set; } = 64;

    /// <summary>Live events waiting to go to the other nodes; beyond this, new ones are dropped (and counted). Default 10,000.</summary>
    [Range(1, 1_000_000)]
    public int LiveEventQueueCapacity { get; set; } = 10_000;
}
