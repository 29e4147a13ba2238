using System.Threading.Channels;
using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>
/// <see cref="ILiveEvents"/> of a cluster node: an event published here reaches this node's subscribers at once and
/// is queued for the <see cref="LiveEventRelay"/>, which sends it to the other nodes; events from the other nodes come
/// in through <see cref="DeliverRemote"/>. Publishing never waits: when the outgoing queue is full the event still
/// reaches local subscribers, and the other nodes miss it (counted in <see cref="DroppedOutgoing"/>).
/// </summary>
internal sealed class ClusterLiveEvents : ILiveEvents
{
    private readonly InProcessLiveEvents _local = new();
    private readonly Channel<LiveEvent> _outgoing;
    private long _dropped;

    public ClusterLiveEvents(Microsoft.Extensions.Options.IOptions<ClusterOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _outgoing = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(options.Value.LiveEventQueueCapacity)
        {
            // Wait mode makes TryWrite fail on a full queue, which is how Publish learns to drop and count.
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    /// <summary>Events the other nodes missed because the outgoing queue was full.</summary>
    public long DroppedOutgoing => Interlocked.Read(ref _dropped);

    /// <summary>Events published on this node, waiting for the relay.</summary>
    public ChannelReader<LiveEvent> Outgoing => _outgoing.Reader;

    public void Publish(LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        _local.Publish(liveEvent);
        if (!_outgoing.Writer.TryWrite(liveEvent))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    public LiveEventSubscription Subscribe(int capacity) => _local.Subscribe(capacity);

    /// <summary>Hands an event from another node to this node's subscribers only (it is not sent on again).</summary>
    public void DeliverRemote(LiveEvent liveEvent) => _local.Publish(liveEvent);

    /// <summary>No more events go out; the relay drains what is queued and stops.</summary>
    public void Complete() => _outgoing.Writer.TryComplete();
}
