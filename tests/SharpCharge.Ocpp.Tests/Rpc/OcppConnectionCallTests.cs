using System.Net.WebSockets;
using System.Text.Json;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Tests.Support;
using V16 = SharpCharge.Ocpp.Messages.V16;
using V201 = SharpCharge.Ocpp.Messages.V201;
using V21 = SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Ocpp.Tests.Rpc;

/// <summary>Outgoing CALLs: typed results, one outstanding CALL, ordering, timeouts, late and unknown answers, closing.</summary>
public sealed class OcppConnectionCallTests
{
    private static V201.BootNotificationRequest Boot201() => new()
    {
        Reason = V201.BootReasonEnumType.PowerUp,
        ChargingStation = new V201.ChargingStationType { Model = "M1", VendorName = "Vendor" },
    };

    [Fact]
    public async Task CallAsync_Between16Connections_ReturnsTheTypedResponse()
    {
        await using var pair = new ConnectionPair(TestHandlers.EmptyRouter(OcppVersion.V16), TestHandlers.CentralRouter(OcppVersion.V16));

        var response = await pair.Charger.CallAsync(new V16.BootNotificationRequest { ChargePointVendor = "Vendor", ChargePointModel = "M1" });

        Assert.Equal(V16.RegistrationStatus.Accepted, response.Status);
        Assert.Equal(300, response.Interval);
        Assert.Equal(TestHandlers.Now, response.CurrentTime);
    }

    [Fact]
    public async Task CallAsync_Between201Connections_ReturnsTheTypedResponse()
    {
        await using var pair = new ConnectionPair(TestHandlers.EmptyRouter(OcppVersion.V201), TestHandlers.CentralRouter(OcppVersion.V201));

        var response = await pair.Charger.CallAsync(Boot201());

        Assert.Equal(V201.RegistrationStatusEnumType.Accepted, response.Status);
        Assert.Equal(TestHandlers.Now, (await pair.Charger.CallAsync(new V201.HeartbeatRequest())).CurrentTime);
    }

    [Fact]
    public async Task CallAsync_Between21Connections_ReturnsTheTypedResponse()
    {
        await using var pair = new ConnectionPair(TestHandlers.EmptyRouter(OcppVersion.V21), TestHandlers.CentralRouter(OcppVersion.V21));

        var response = await pair.Charger.CallAsync(new V21.HeartbeatRequest());

        Assert.Equal(TestHandlers.Now, response.CurrentTime);
    }

    [Fact]
    public async Task CallAsync_MessageOfAnotherVersion_Throws()
    {
        await using var pair = new ConnectionPair(TestHandlers.EmptyRouter(OcppVersion.V16), TestHandlers.CentralRouter(OcppVersion.V16));

        await Assert.ThrowsAsync<ArgumentException>(async () => await pair.Charger.CallAsync(new V201.HeartbeatRequest()));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §4.1.1")]
    public async Task CallAsync_ManyConcurrentCallers_KeepOneCallOutstandingAndAllComplete()
    {
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V201));
        const int callers = 40;

        var calls = Enumerable.Range(0, callers).Select(_ => Task.Run(async () => await harness.Connection.CallAsync(new V201.HeartbeatRequest()))).ToArray();
        var seen = new HashSet<string>();
        for (var i = 0; i < callers; i++)
        {
            var call = await harness.Peer.ReceiveAsync();
            Assert.Equal(2, call[0].GetInt32());
            Assert.True(seen.Add(call[1].GetString()!), "message ids are unique");

            // While this CALL is unanswered nothing else may be sent; answering releases exactly one more.
            Assert.Equal(0, PendingMessages(harness));
            await harness.Peer.SendAsync(RawPeer.Frame(3, call[1].GetString()!, new { currentTime = "2025-01-01T00:00:00Z" }));
        }

        var results = await Task.WhenAll(calls);
        Assert.All(results, r => Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), r.CurrentTime));
    }

    [Fact]
    public async Task CallAsync_QueuedCalls_GoOutInTheOrderTheyWereMade()
    {
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V201));

        var first = harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();
        var firstFrame = await harness.Peer.ReceiveAsync();
        var second = harness.Connection.CallAsync(new V201.StatusNotificationRequest
        {
            Timestamp = TestHandlers.Now,
            ConnectorStatus = V201.ConnectorStatusEnumType.Available,
            EvseId = 1,
            ConnectorId = 1,
        }).AsTask();
        var third = harness.Connection.CallAsync(Boot201()).AsTask();

        await harness.Peer.SendAsync(RawPeer.Frame(3, firstFrame[1].GetString()!, new { currentTime = "2025-01-01T00:00:00Z" }));
        var secondFrame = await harness.Peer.ReceiveAsync();
        Assert.Equal("StatusNotification", secondFrame[2].GetString());
        await harness.Peer.SendAsync(RawPeer.Frame(3, secondFrame[1].GetString()!, new { }));
        var thirdFrame = await harness.Peer.ReceiveAsync();
        Assert.Equal("BootNotification", thirdFrame[2].GetString());
        await harness.Peer.SendAsync(RawPeer.Frame(3, thirdFrame[1].GetString()!, new { currentTime = "2025-01-01T00:00:00Z", interval = 60, status = "Pending" }));

        await first;
        await second;
        Assert.Equal(V201.RegistrationStatusEnumType.Pending, (await third).Status);
    }

    [Fact]
    public async Task CallAsync_NoAnswer_TimesOutAndALateAnswerIsDropped()
    {
        var time = new ManualTimeProvider();
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V201), new OcppConnectionOptions { CallTimeout = TimeSpan.FromSeconds(30) }, time);

        var first = harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();
        var firstFrame = await harness.Peer.ReceiveAsync();
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(first.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var timeout = await Assert.ThrowsAsync<OcppCallTimeoutException>(() => first);
        Assert.Equal("Heartbeat", timeout.Action);

        // The next CALL goes out; the late answer to the first must not complete it.
        var second = harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();
        var secondFrame = await harness.Peer.ReceiveAsync();
        Assert.NotEqual(firstFrame[1].GetString(), secondFrame[1].GetString());
        await harness.Peer.SendAsync(RawPeer.Frame(3, firstFrame[1].GetString()!, new { currentTime = "2000-01-01T00:00:00Z" }));
        await harness.Peer.SendAsync(RawPeer.Frame(3, secondFrame[1].GetString()!, new { currentTime = "2025-01-01T00:00:00Z" }));

        Assert.Equal(2025, (await second).CurrentTime.Year);
    }

    [Fact]
    public async Task CallAsync_TimerFiringABitEarly_StillTimesOut()
    {
        var time = new ManualTimeProvider();
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V201), new OcppConnectionOptions { CallTimeout = TimeSpan.FromSeconds(30) }, time);

        var call = harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();
        await harness.Peer.ReceiveAsync();
        time.FireNextTimerEarlyBy = TimeSpan.FromMilliseconds(2);
        time.Advance(TimeSpan.FromSeconds(30));

        // The early tick must set the timer again for the 2 ms left, not give up on the timeout.
        await Assert.ThrowsAsync<OcppCallTimeoutException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task CallAsync_AnswerWithUnknownId_IsDroppedAndTheCallKeepsWaiting()
    {
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V16));

        var call = harness.Connection.CallAsync(new V16.HeartbeatRequest()).AsTask();
        var frame = await harness.Peer.ReceiveAsync();
        await harness.Peer.SendAsync(RawPeer.Frame(3, "not-the-id", new { currentTime = "2000-01-01T00:00:00Z" }));
        await harness.Peer.SendAsync(RawPeer.Frame(4, "also-not", "GenericError", "", new { }));
        await harness.Peer.SendAsync(RawPeer.Frame(3, frame[1].GetString()!, new { currentTime = "2025-01-01T00:00:00Z" }));

        Assert.Equal(2025, (await call).CurrentTime.Year);
    }

    [Theory]
    [InlineData(OcppVersion.V16, "OccurenceConstraintViolation", OcppErrorCode.OccurrenceConstraintViolation)]
    [InlineData(OcppVersion.V16, "FormationViolation", OcppErrorCode.FormatViolation)]
    [InlineData(OcppVersion.V201, "FormatViolation", OcppErrorCode.FormatViolation)]
    [InlineData(OcppVersion.V201, "VendorSpecificCode", OcppErrorCode.GenericError)]
    public async Task CallAsync_AnsweredWithCallError_ThrowsWithTheCode(OcppVersion version, string wireCode, OcppErrorCode expected)
    {
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(version));

        var call = version == OcppVersion.V16
            ? harness.Connection.CallAsync(new V16.HeartbeatRequest()).AsTask()
            : (Task)harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();
        var frame = await harness.Peer.ReceiveAsync();
        await harness.Peer.SendAsync(RawPeer.Frame(4, frame[1].GetString()!, wireCode, "something is off", new { hint = "check it" }));

        var error = await Assert.ThrowsAsync<OcppCallException>(() => call);
        Assert.Equal(expected, error.ErrorCode);
        Assert.Equal(wireCode, error.WireErrorCode);
        Assert.Equal("something is off", error.ErrorDescription);
        Assert.Contains(new KeyValuePair<string, string>("hint", "check it"), error.ErrorDetails);
    }

    [Fact]
    public async Task CallAsync_InvalidAnswer_ThrowsInvalidResponse()
    {
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V201));

        var call = harness.Connection.CallAsync(Boot201()).AsTask();
        var frame = await harness.Peer.ReceiveAsync();
        await harness.Peer.SendAsync(RawPeer.Frame(3, frame[1].GetString()!, new { currentTime = "2025-01-01T00:00:00Z", interval = 60, status = "Maybe" }));

        var error = await Assert.ThrowsAsync<OcppInvalidResponseException>(() => call);
        Assert.Equal("status", error.Error.Path);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.1 Part 4 §4.2.4")]
    public async Task CallAsync_InvalidAnswerIn21_IsAnsweredWithCallResultError()
    {
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V21));

        var call = harness.Connection.CallAsync(new V21.HeartbeatRequest()).AsTask();
        var frame = await harness.Peer.ReceiveAsync();
        await harness.Peer.SendAsync(RawPeer.Frame(3, frame[1].GetString()!, new { }));

        await Assert.ThrowsAsync<OcppInvalidResponseException>(() => call);
        var answer = await harness.Peer.ReceiveAsync();
        Assert.Equal(5, answer[0].GetInt32());
        Assert.Equal(frame[1].GetString(), answer[1].GetString());
        Assert.Equal("OccurrenceConstraintViolation", answer[2].GetString());
    }

    [Fact]
    public async Task CallAsync_InvalidRequest_ThrowsAndSendsNothing()
    {
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V201));
        var tooLong = new V201.BootNotificationRequest
        {
            Reason = V201.BootReasonEnumType.PowerUp,
            ChargingStation = new V201.ChargingStationType { Model = new string('M', 21), VendorName = "V" },
        };

        var error = await Assert.ThrowsAsync<OcppValidationException>(async () => await harness.Connection.CallAsync(tooLong));
        Assert.Equal("chargingStation.model", error.Error.Path);

        // Nothing went out: the next thing the peer sees is the following valid CALL.
        var next = harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();
        var frame = await harness.Peer.ReceiveAsync();
        Assert.Equal("Heartbeat", frame[2].GetString());
        await harness.Peer.SendAsync(RawPeer.Frame(3, frame[1].GetString()!, new { currentTime = "2025-01-01T00:00:00Z" }));
        await next;
    }

    [Fact]
    public async Task CallAsync_Cancelled_ThrowsAndFreesTheSlot()
    {
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V201));
        using var cts = new CancellationTokenSource();

        var call = harness.Connection.CallAsync(new V201.HeartbeatRequest(), cts.Token).AsTask();
        await harness.Peer.ReceiveAsync();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        var next = harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();
        var frame = await harness.Peer.ReceiveAsync();
        await harness.Peer.SendAsync(RawPeer.Frame(3, frame[1].GetString()!, new { currentTime = "2025-01-01T00:00:00Z" }));
        await next;
    }

    [Fact]
    public async Task CloseAsync_WhileCallsWait_FailsTheOutstandingAndTheQueuedCalls()
    {
        var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V201));

        var outstanding = harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();
        await harness.Peer.ReceiveAsync();
        var queued = harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();
        await harness.Connection.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye");

        await Assert.ThrowsAsync<OcppConnectionClosedException>(() => outstanding);
        await Assert.ThrowsAsync<OcppConnectionClosedException>(() => queued);
        var info = await harness.Run;
        Assert.Equal(OcppCloseInitiator.Local, info.Initiator);
        var close = await harness.Peer.ReceiveCloseAsync();
        Assert.Equal(WebSocketCloseStatus.NormalClosure, close.CloseStatus);
        Assert.Equal("bye", close.CloseDescription);
        await Assert.ThrowsAsync<OcppConnectionClosedException>(async () => await harness.Connection.CallAsync(new V201.HeartbeatRequest()));
        await harness.Connection.CloseAsync(); // closing twice is harmless
    }

    [Fact]
    public async Task PeerCloses_WhileACallWaits_TheCallFails()
    {
        var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V16));

        var call = harness.Connection.CallAsync(new V16.HeartbeatRequest()).AsTask();
        await harness.Peer.ReceiveAsync();
        await harness.Peer.Transport.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "rebooting", CancellationToken.None);

        await Assert.ThrowsAsync<OcppConnectionClosedException>(() => call);
        var info = await harness.Run;
        Assert.Equal(OcppCloseInitiator.Remote, info.Initiator);
        Assert.Equal("rebooting", info.Description);
    }

    [Fact]
    public async Task CallAsync_BeyondTheQueueLimit_Throws()
    {
        await using var harness = new RawPeerHarness(TestHandlers.EmptyRouter(OcppVersion.V201), new OcppConnectionOptions { MaxQueuedCalls = 2 });

        var first = harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();
        var second = harness.Connection.CallAsync(new V201.HeartbeatRequest()).AsTask();

        var error = await Assert.ThrowsAsync<OcppCallQueueFullException>(async () => await harness.Connection.CallAsync(new V201.HeartbeatRequest()));
        Assert.Equal(2, error.Limit);
        await harness.Connection.CloseAsync();
        await Assert.ThrowsAsync<OcppConnectionClosedException>(() => first);
        await Assert.ThrowsAsync<OcppConnectionClosedException>(() => second);
    }

    [Fact]
    public async Task Receive_MessageTooBig_ClosesWith1009()
    {
        var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V201), maxMessageSize: 256);

        await harness.Peer.SendAsync("[2,\"big\",\"DataTransfer\",{\"vendorId\":\"" + new string('x', 300) + "\"}]");

        var info = await harness.Run;
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, info.Status);
        var close = await harness.Peer.ReceiveCloseAsync();
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, close.CloseStatus);
    }

    private static int PendingMessages(RawPeerHarness harness)
    {
        // The in-memory transport is unbounded, so a second CALL sent too early would already be queued.
        return harness.Peer.Transport.PendingCount;
    }
}
