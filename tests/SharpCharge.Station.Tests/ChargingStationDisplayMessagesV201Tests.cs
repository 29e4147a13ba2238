using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>2.0.1 display messages (O01-O06), CostUpdated (I02) and GetTransactionStatus (E14).</summary>
public sealed class ChargingStationDisplayMessagesV201Tests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 O01.FR.03, O02.FR.01, O02.FR.18, O03.FR.01-06, O04.FR.01-02, O05.FR.01-02, O06.FR.01")]
    public async Task SetGetClear_FollowTheDisplayMessageRules()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StartAsync(time => central = new MiniCentralSystem201(time));
        var server = harness.Connector.Server;

        var empty = await server.CallAsync(new GetDisplayMessagesRequest { RequestId = 1 });
        var first = await server.CallAsync(Set(1, MessagePriorityEnumType.NormalCycle, "Welcome"));
        var replaced = await server.CallAsync(Set(1, MessagePriorityEnumType.InFront, "Welcome back"));
        var front = await server.CallAsync(Set(2, MessagePriorityEnumType.AlwaysFront, "Out of order soon"));
        var newerFront = await server.CallAsync(Set(3, MessagePriorityEnumType.AlwaysFront, "Closed at 22:00"));
        var html = await server.CallAsync(Set(4, MessagePriorityEnumType.NormalCycle, "<b>x</b>", MessageFormatEnumType.HTML));
        var unknownTx = await server.CallAsync(Set(5, MessagePriorityEnumType.NormalCycle, "Your session", transactionId: "no-such-tx"));
        var all = await server.CallAsync(new GetDisplayMessagesRequest { RequestId = 7 });
        var byPriority = await server.CallAsync(new GetDisplayMessagesRequest { RequestId = 8, Priority = MessagePriorityEnumType.AlwaysFront });
        var byUnknownId = await server.CallAsync(new GetDisplayMessagesRequest { RequestId = 9, Id = [42] });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<NotifyDisplayMessagesRequest>().Count == 2));

        Assert.Equal(GetDisplayMessagesStatusEnumType.Unknown, empty.Status);
        Assert.Equal(
            [DisplayMessageStatusEnumType.Accepted, DisplayMessageStatusEnumType.Accepted, DisplayMessageStatusEnumType.Accepted, DisplayMessageStatusEnumType.Accepted, DisplayMessageStatusEnumType.NotSupportedMessageFormat, DisplayMessageStatusEnumType.UnknownTransaction],
            new[] { first, replaced, front, newerFront, html, unknownTx }.Select(r => r.Status));
        Assert.Equal(GetDisplayMessagesStatusEnumType.Accepted, all.Status);
        Assert.Equal(GetDisplayMessagesStatusEnumType.Accepted, byPriority.Status);
        Assert.Equal(GetDisplayMessagesStatusEnumType.Unknown, byUnknownId.Status);

        // Message 1 was replaced in place; the newer AlwaysFront message replaced the older one.
        var reports = central!.All<NotifyDisplayMessagesRequest>();
        Assert.Equal(7, reports[0].RequestId);
        Assert.Equal([(1, "Welcome back", MessagePriorityEnumType.InFront), (3, "Closed at 22:00", MessagePriorityEnumType.AlwaysFront)], reports[0].MessageInfo!.Select(m => (m.Id, m.Message.Content, m.Priority)));
        Assert.Equal(8, reports[1].RequestId);
        Assert.Equal([3], reports[1].MessageInfo!.Select(m => m.Id));

        var cleared = await server.CallAsync(new ClearDisplayMessageRequest { Id = 1 });
        var clearedAgain = await server.CallAsync(new ClearDisplayMessageRequest { Id = 1 });
        Assert.Equal(ClearMessageStatusEnumType.Accepted, cleared.Status);
        Assert.Equal(ClearMessageStatusEnumType.Unknown, clearedAgain.Status);
        Assert.Equal([3], harness.Station.GetDisplayMessages().Select(m => m.Id));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 O01.FR.06, O01.FR.07, O02.FR.02, O03.FR.03-05")]
    public async Task Messages_EndWithTheirTimeOrTransaction_ReportsSplitWithTbc()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StartAsync(time => central = new MiniCentralSystem201(time));
        var server = harness.Connector.Server;
        var now = harness.Time.GetUtcNow();
        await harness.Station.StartSessionAsync(1, "TAG-1");
        var transactionId = harness.Station.GetTransactionId(1)!;

        await server.CallAsync(Set(1, MessagePriorityEnumType.NormalCycle, "Later") with { Message = Info(1, MessagePriorityEnumType.NormalCycle, "Later") with { StartDateTime = now.AddMinutes(5), EndDateTime = now.AddMinutes(10) } });
        var forTx = await server.CallAsync(Set(2, MessagePriorityEnumType.InFront, "12 kWh so far", transactionId: transactionId));
        for (var id = 10; id < 22; id++)
        {
            await server.CallAsync(Set(id, MessagePriorityEnumType.NormalCycle, $"Tip {id}"));
        }

        Assert.Equal(DisplayMessageStatusEnumType.Accepted, forTx.Status);
        var later = harness.Station.GetDisplayMessages().Single(m => m.Id == 1);
        Assert.False(later.IsShownAt(now));
        Assert.True(later.IsShownAt(now.AddMinutes(6)));

        await server.CallAsync(new GetDisplayMessagesRequest { RequestId = 5 });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<NotifyDisplayMessagesRequest>().Count == 2));
        var parts = central!.All<NotifyDisplayMessagesRequest>();
        Assert.Equal((true, (bool?)null), (parts[0].Tbc == true, parts[1].Tbc));
        Assert.Equal(14, parts.Sum(p => p.MessageInfo!.Count));
        Assert.All(parts, p => Assert.Equal(5, p.RequestId));

        harness.Station.StopSession(1);
        harness.Time.Advance(TimeSpan.FromMinutes(11));
        var left = harness.Station.GetDisplayMessages().Select(m => m.Id).ToList();
        Assert.DoesNotContain(1, left);
        Assert.DoesNotContain(2, left);
        Assert.Equal(12, left.Count);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 I02 CostUpdated, E14.FR.01-08 GetTransactionStatus")]
    public async Task CostUpdatedAndTransactionStatus_ReflectTheRunningSession()
    {
        await using var harness = await StartAsync(time => new MiniCentralSystem201(time));
        var server = harness.Connector.Server;
        await harness.Station.StartSessionAsync(1, "TAG-1");
        var transactionId = harness.Station.GetTransactionId(1)!;
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.QueuedMessageCount == 0));

        await server.CallAsync(new CostUpdatedRequest { TransactionId = transactionId, TotalCost = 3.20m });
        var running = await server.CallAsync(new GetTransactionStatusRequest { TransactionId = transactionId });
        var unknown = await server.CallAsync(new GetTransactionStatusRequest { TransactionId = "never-was" });
        var any = await server.CallAsync(new GetTransactionStatusRequest());

        Assert.Equal(3.20m, harness.Station.GetRunningCost(1));
        Assert.Equal((true, false), (running.OngoingIndicator, running.MessagesInQueue));
        Assert.Equal((false, false), (unknown.OngoingIndicator, unknown.MessagesInQueue));
        Assert.Equal(((bool?)null, false), (any.OngoingIndicator, any.MessagesInQueue));

        // Offline, the stop waits in the queue: the transaction is over but its messages are not delivered (E14.FR.03, E14.FR.04).
        harness.Connector.Reachable = false;
        harness.Connector.Server.RequestClose();
        await Eventually.TrueAsync(() => Task.FromResult(!harness.Station.IsOnline));
        harness.Station.StopSession(1);
        var control = (Protocol.IStationControl)harness.Station;
        Assert.Equal((false, true), control.TransactionStatus(transactionId));
        Assert.Equal(((bool?)null, true), control.TransactionStatus(null));
        Assert.Null(harness.Station.GetRunningCost(1));
    }

    private static SetDisplayMessageRequest Set(int id, MessagePriorityEnumType priority, string text, MessageFormatEnumType format = MessageFormatEnumType.UTF8, string? transactionId = null)
        => new() { Message = Info(id, priority, text, format) with { TransactionId = transactionId } };

    private static MessageInfoType Info(int id, MessagePriorityEnumType priority, string text, MessageFormatEnumType format = MessageFormatEnumType.UTF8)
        => new() { Id = id, Priority = priority, Message = new MessageContentType { Format = format, Content = text, Language = "en" } };

    private static async Task<StationHarness> StartAsync(Func<TimeProvider, MiniCentralSystem201> central)
    {
        var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => central(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }
}
