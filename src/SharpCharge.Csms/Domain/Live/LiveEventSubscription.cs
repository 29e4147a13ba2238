using System.Threading.Channels;

namespace SharpCharge.Csms.Domain.Live;

/// <summary>
/// One subscriber's bounded queue of live events. When the queue is full, new events are dropped for this subscriber
/// only and counted in <see cref="Dropped"/>. Dispose to unsubscribe; the reader then completes.
/// </summary>
internal sealed class LiveEventSubscription : IDisposable
{
    private readonly Channel<LiveEvent> _channel;
    private readonly Action<LiveEventSubscription> _unsubscribe;
    private long _dropped;
    private int _disposed;

    internal LiveEventSubscription(int capacity, Action<LiveEventSubscription> unsubscribe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(capacity)
        {
            // Wait mode makes TryWrite fail on a full queue, which is how the publisher learns to drop and count.
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
        _unsubscribe = unsubscribe;
    }

    public ChannelReader<LiveEvent> Reader => _channel.Reader;

    /// <summary>Events this subscriber lost because its queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    internal void Offer(LiveEvent liveEvent)
    {
        if (!_channel.Writer.TryWrite(liveEvent) && Volatile.Read(ref _disposed) == 0)
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _unsubscribe(this);
            _channel.Writer.TryComplete();
        }
    }
}
