namespace SharpCharge.Csms.Domain.Live;

/// <summary>
/// Publish/subscribe of <see cref="LiveEvent"/>s for live views (the REST event stream, the dashboard). Delivery is
/// best effort: publishing never waits, and a subscriber that falls behind loses events rather than slowing the
/// charger traffic that produces them. This node's implementation is in-process; cluster mode fans out between nodes.
/// </summary>
internal interface ILiveEvents
{
    /// <summary>Hands the event to every current subscriber without waiting.</summary>
    void Publish(LiveEvent liveEvent);

    /// <summary>A new subscription buffering at most <paramref name="capacity"/> events; dispose it to unsubscribe.</summary>
    LiveEventSubscription Subscribe(int capacity);
}
