using System.Collections.Immutable;

namespace SharpCharge.Csms.Domain.Live;

/// <summary>
/// <see cref="ILiveEvents"/> within one process. The subscriber list is an immutable array swapped on (rare)
/// subscribe and unsubscribe, so publishing, which happens on every status change and meter value, takes no lock.
/// </summary>
internal sealed class InProcessLiveEvents : ILiveEvents
{
    private ImmutableArray<LiveEventSubscription> _subscribers = [];

    public int SubscriberCount => _subscribers.Length;

    public void Publish(LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        // ImmutableArray is a struct over one array reference: the copy read here is a consistent snapshot.
        foreach (var subscriber in _subscribers)
        {
            subscriber.Offer(liveEvent);
        }
    }

    public LiveEventSubscription Subscribe(int capacity)
    {
        var subscription = new LiveEventSubscription(capacity, Remove);
        ImmutableInterlocked.Update(ref _subscribers, static (list, added) => list.Add(added), subscription);
        return subscription;
    }

    private void Remove(LiveEventSubscription subscription) =>
        ImmutableInterlocked.Update(ref _subscribers, static (list, removed) => list.Remove(removed), subscription);
}
