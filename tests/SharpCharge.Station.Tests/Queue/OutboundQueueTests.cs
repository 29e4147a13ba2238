using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Tests.Support;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Tests.Queue;

public sealed class OutboundQueueTests
{
    private readonly List<(string Action, StationEventKind Kind)> _reports = [];

    [Fact]
    public void Enqueue_StatusForTheSameConnectorWaiting_KeepsOne()
    {
        var queue = NewQueue(10);

        queue.Enqueue(Message("StatusNotification", MessageKind.Status, "1/1"));
        queue.Enqueue(Message("StatusNotification", MessageKind.Status, "1/1"));
        queue.Enqueue(Message("StatusNotification", MessageKind.Status, "2/1"));

        Assert.Equal(2, queue.Count);
    }

    [Fact]
    public void Enqueue_WhileOffline_MarksTheMessageOffline()
    {
        var queue = NewQueue(10);
        var message = Message("TransactionEvent", MessageKind.TransactionBoundary);

        queue.Enqueue(message);

        Assert.True(message.Offline);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 errata §3.54 (bounded queue)")]
    public void Enqueue_Full_DropsTheOldestSampleNeverABoundary()
    {
        var queue = NewQueue(3);
        queue.Enqueue(Message("StartTransaction", MessageKind.TransactionBoundary));
        queue.Enqueue(Message("MeterValues", MessageKind.TransactionSample));
        queue.Enqueue(Message("MeterValues", MessageKind.TransactionSample));

        queue.Enqueue(Message("StopTransaction", MessageKind.TransactionBoundary));

        Assert.Equal(3, queue.Count);
        Assert.Contains(("MeterValues", StationEventKind.MessageDropped), _reports);
    }

    [Fact]
    public void Enqueue_FullOfSamples_KeepsTheNewestSample()
    {
        var queue = NewQueue(2);
        var newest = Message("MeterValues", MessageKind.TransactionSample);
        queue.Enqueue(Message("MeterValues", MessageKind.TransactionSample));
        queue.Enqueue(Message("MeterValues", MessageKind.TransactionSample));

        queue.Enqueue(newest);

        Assert.Equal(2, queue.Count);
        Assert.Equal(3, _reports.Count(r => r.Kind == StationEventKind.MessageQueued));
        Assert.Single(_reports, r => r.Kind == StationEventKind.MessageDropped);
    }

    [Fact]
    public void Enqueue_FullOfBoundaries_DropsTheNewMessage()
    {
        var queue = NewQueue(1);
        queue.Enqueue(Message("StartTransaction", MessageKind.TransactionBoundary));

        queue.Enqueue(Message("MeterValues", MessageKind.TransactionSample));

        Assert.Equal(1, queue.Count);
        Assert.Equal([("StartTransaction", StationEventKind.MessageQueued), ("MeterValues", StationEventKind.MessageDropped)], _reports);
    }

    [Fact]
    [Trait("Spec", "OCPP-NOTES §1.7 TransactionMessageAttempts")]
    public async Task Drain_CallErrorEveryTime_RetriesThenDropsAndMovesOn()
    {
        var time = new ManualTimeProvider();
        var queue = new OutboundQueue(10, time, (action, kind, _) => _reports.Add((action, kind)));
        var sent = new List<string>();
        queue.Enqueue(new QueuedMessage("StartTransaction", MessageKind.TransactionBoundary, null, (_, _, _) =>
        {
            sent.Add("StartTransaction");
            throw new OcppCallException(OcppErrorCode.InternalError, "no");
        }));
        queue.Enqueue(new QueuedMessage("StopTransaction", MessageKind.TransactionBoundary, null, (_, _, _) =>
        {
            sent.Add("StopTransaction");
            return ValueTask.CompletedTask;
        }));
        using var stop = new CancellationTokenSource();

        var drain = queue.DrainAsync(null!, stop.Token);
        for (var i = 0; i < 100 && queue.Count > 0; i++)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(5);
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => drain);
        Assert.Equal(["StartTransaction", "StartTransaction", "StartTransaction", "StopTransaction"], sent);
        Assert.Contains(("StartTransaction", StationEventKind.MessageDropped), _reports);
    }

    private OutboundQueue NewQueue(int capacity) => new(capacity, TimeProvider.System, (action, kind, _) => _reports.Add((action, kind)));

    private static QueuedMessage Message(string action, MessageKind kind, string? key = null)
        => new(action, kind, key, (_, _, _) => ValueTask.CompletedTask);
}
