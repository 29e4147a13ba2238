using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Tests.Domain.Live;

public sealed class InProcessLiveEventsTests
{
    private static LiveEvent Event(int n) => new(LiveEventKind.MeterUpdated, $"CP-{n}", DateTimeOffset.UnixEpoch.AddSeconds(n));

    [Fact]
    public void Publish_ReachesEverySubscriberInOrder()
    {
        var events = new InProcessLiveEvents();
        using var first = events.Subscribe(10);
        using var second = events.Subscribe(10);

        events.Publish(Event(1));
        events.Publish(Event(2));

        foreach (var subscription in new[] { first, second })
        {
            Assert.True(subscription.Reader.TryRead(out var a));
            Assert.True(subscription.Reader.TryRead(out var b));
            Assert.Equal(["CP-1", "CP-2"], new[] { a.ChargerId, b.ChargerId });
        }
    }

    [Fact]
    public void Publish_FullSubscriber_DropsAndCountsWithoutBlockingOrStarvingOthers()
    {
        var events = new InProcessLiveEvents();
        using var slow = events.Subscribe(2);
        using var fast = events.Subscribe(100);

        for (var i = 0; i < 5; i++)
        {
            // Returns at once even though the slow subscriber never reads.
            events.Publish(Event(i));
        }

        Assert.Equal(3, slow.Dropped);
        Assert.Equal(0, fast.Dropped);
        Assert.Equal(2, slow.Reader.Count);
        Assert.Equal(5, fast.Reader.Count);
        Assert.True(slow.Reader.TryRead(out var oldest));
        Assert.Equal("CP-0", oldest.ChargerId);
    }

    [Fact]
    public void Dispose_Unsubscribes_AndCompletesTheReader()
    {
        var events = new InProcessLiveEvents();
        var subscription = events.Subscribe(10);

        subscription.Dispose();
        subscription.Dispose();
        events.Publish(Event(1));

        Assert.Equal(0, events.SubscriberCount);
        Assert.True(subscription.Reader.Completion.IsCompleted);
        Assert.Equal(0, subscription.Dropped);
    }

    [Fact]
    public void Subscribe_CapacityBelowOne_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InProcessLiveEvents().Subscribe(0));
    }
}
