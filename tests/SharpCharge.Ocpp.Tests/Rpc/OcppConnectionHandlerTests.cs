using System.Text.Json;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Tests.Support;
using V201 = SharpCharge.Ocpp.Messages.V201;
using V21 = SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Ocpp.Tests.Rpc;

/// <summary>Incoming CALLs: handler outcomes, ordering, duplicate ids, crossing calls, 2.1 SEND.</summary>
public sealed class OcppConnectionHandlerTests
{
    private sealed class ThrowingHeartbeat(Exception exception) : IOcppHandler<V201.HeartbeatRequest, V201.HeartbeatResponse>
    {
        public ValueTask<V201.HeartbeatResponse> HandleAsync(V201.HeartbeatRequest request, OcppCallContext context) => throw exception;
    }

    private sealed class GatedHeartbeat : IOcppHandler<V201.HeartbeatRequest, V201.HeartbeatResponse>
    {
        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> Seen { get; } = [];

        public async ValueTask<V201.HeartbeatResponse> HandleAsync(V201.HeartbeatRequest request, OcppCallContext context)
        {
            lock (Seen)
            {
                Seen.Add(context.MessageId);
            }

            await Gate.Task;
            return new V201.HeartbeatResponse { CurrentTime = TestHandlers.Now };
        }
    }

    /// <summary>A central system that, before answering BootNotification, asks the charger for a variable.</summary>
    private sealed class AskingCentral : IOcppHandler<V201.BootNotificationRequest, V201.BootNotificationResponse>
    {
        public V201.GetVariablesResponse? Asked { get; private set; }

        public async ValueTask<V201.BootNotificationResponse> HandleAsync(V201.BootNotificationRequest request, OcppCallContext context)
        {
            Asked = await context.Connection.CallAsync(new V201.GetVariablesRequest
            {
                GetVariableData = [new V201.GetVariableDataType { Component = new V201.ComponentType { Name = "OCPPCommCtrlr" }, Variable = new V201.VariableType { Name = "HeartbeatInterval" } }],
            });
            return new V201.BootNotificationResponse { Status = V201.RegistrationStatusEnumType.Accepted, CurrentTime = TestHandlers.Now, Interval = 60 };
        }
    }

    private sealed class AnsweringCharger : IOcppHandler<V201.GetVariablesRequest, V201.GetVariablesResponse>
    {
        public ValueTask<V201.GetVariablesResponse> HandleAsync(V201.GetVariablesRequest request, OcppCallContext context)
            => ValueTask.FromResult(new V201.GetVariablesResponse
            {
                GetVariableResult = [new V201.GetVariableResultType
                {
                    AttributeStatus = V201.GetVariableStatusEnumType.Accepted,
                    AttributeValue = "60",
                    Component = request.GetVariableData[0].Component,
                    Variable = request.GetVariableData[0].Variable,
                }],
            });
    }

    private sealed class StreamSink : IOcppSendHandler<V21.NotifyPeriodicEventStreamRequest>
    {
        public TaskCompletionSource<V21.NotifyPeriodicEventStreamRequest> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask HandleAsync(V21.NotifyPeriodicEventStreamRequest message, OcppCallContext context)
        {
            Received.TrySetResult(message);
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task Handler_Throws_AnswersInternalErrorAndKeepsServing()
    {
        await using var harness = new RawPeerHarness(OcppRouter.Create(V201.V201Actions.Catalogue, new ThrowingHeartbeat(new InvalidOperationException("database down"))));

        await harness.Peer.SendAsync("""[2,"h1","Heartbeat",{}]""");
        var (id, code, description) = await harness.Peer.ReceiveCallErrorAsync();

        Assert.Equal("h1", id);
        Assert.Equal("InternalError", code);
        Assert.DoesNotContain("database down", description);
        await harness.Peer.SendAsync("""[2,"h2","Heartbeat",{}]""");
        Assert.Equal("InternalError", (await harness.Peer.ReceiveCallErrorAsync()).Code);
    }

    [Fact]
    public async Task Handler_ThrowsOcppCallException_AnswersItsCodeInTheVersionsSpelling()
    {
        var router = OcppRouter.Create(V201.V201Actions.Catalogue, new ThrowingHeartbeat(new OcppCallException(OcppErrorCode.SecurityError, "Not accepted yet.")));
        await using var harness = new RawPeerHarness(router);

        await harness.Peer.SendAsync("""[2,"h1","Heartbeat",{}]""");
        var (_, code, description) = await harness.Peer.ReceiveCallErrorAsync();

        Assert.Equal("SecurityError", code);
        Assert.Equal("Not accepted yet.", description);
    }

    [Fact]
    public async Task Call_WithTheIdOfACallStillInProgress_IsAProtocolError()
    {
        var handler = new GatedHeartbeat();
        await using var harness = new RawPeerHarness(OcppRouter.Create(V201.V201Actions.Catalogue, handler));

        await harness.Peer.SendAsync("""[2,"same","Heartbeat",{}]""");
        await harness.Peer.SendAsync("""[2,"same","Heartbeat",{}]""");
        var (id, code, _) = await harness.Peer.ReceiveCallErrorAsync();
        Assert.Equal("same", id);
        Assert.Equal("ProtocolError", code);

        handler.Gate.SetResult();
        var answer = await harness.Peer.ReceiveAsync();
        Assert.Equal(3, answer[0].GetInt32());
        Assert.Equal("same", answer[1].GetString());
    }

    [Fact]
    public async Task Calls_ArrivingWhileAHandlerWaits_AreAnsweredInOrder()
    {
        var handler = new GatedHeartbeat();
        await using var harness = new RawPeerHarness(OcppRouter.Create(V201.V201Actions.Catalogue, handler));

        await harness.Peer.SendAsync("""[2,"a","Heartbeat",{}]""");
        await harness.Peer.SendAsync("""[2,"b","Heartbeat",{}]""");
        handler.Gate.SetResult();

        Assert.Equal("a", (await harness.Peer.ReceiveAsync())[1].GetString());
        Assert.Equal("b", (await harness.Peer.ReceiveAsync())[1].GetString());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §4.1.1")]
    public async Task Handler_CallingThePeerBeforeAnswering_GetsItsAnswer()
    {
        var central = new AskingCentral();
        await using var pair = new ConnectionPair(
            OcppRouter.Create(V201.V201Actions.Catalogue, new AnsweringCharger()),
            OcppRouter.Create(V201.V201Actions.Catalogue, central));

        var boot = await pair.Charger.CallAsync(new V201.BootNotificationRequest
        {
            Reason = V201.BootReasonEnumType.PowerUp,
            ChargingStation = new V201.ChargingStationType { Model = "M", VendorName = "V" },
        });

        Assert.Equal(60, boot.Interval);
        Assert.Equal("60", central.Asked!.GetVariableResult[0].AttributeValue);
    }

    private sealed class HeartbeatOnly : IOcppHandler<V201.HeartbeatRequest, V201.HeartbeatResponse>
    {
        public ValueTask<V201.HeartbeatResponse> HandleAsync(V201.HeartbeatRequest request, OcppCallContext context)
            => ValueTask.FromResult(new V201.HeartbeatResponse { CurrentTime = TestHandlers.Now });
    }

    [Fact]
    public async Task CallArrivingBehindAWaitingHandler_DoesNotStopAnswersFromBeingRead()
    {
        var central = new AskingCentral();
        await using var harness = new RawPeerHarness(OcppRouter.Create(V201.V201Actions.Catalogue, central, new HeartbeatOnly()));

        await harness.Peer.SendAsync("""[2,"boot","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"M","vendorName":"V"}}]""");
        var ask = await harness.Peer.ReceiveAsync();
        Assert.Equal("GetVariables", ask[2].GetString());

        // A CALL arrives while the BootNotification handler waits for the charger's answer; reading must go on,
        // or the answer below is never read and the handler waits out its timeout.
        await harness.Peer.SendAsync("""[2,"hb","Heartbeat",{}]""");
        await harness.Peer.SendAsync(RawPeer.Frame(3, ask[1].GetString()!, new
        {
            getVariableResult = new[] { new { attributeStatus = "Accepted", attributeValue = "60", component = new { name = "OCPPCommCtrlr" }, variable = new { name = "HeartbeatInterval" } } },
        }));

        var first = await harness.Peer.ReceiveAsync();
        var second = await harness.Peer.ReceiveAsync();
        Assert.Equal(("boot", "hb"), (first[1].GetString(), second[1].GetString()));
        Assert.Equal(60, first[2].GetProperty("interval").GetInt32());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.1 Part 4 §4.2.5")]
    public async Task Send_In21_ReachesTheHandlerAndIsNeverAnswered()
    {
        var sink = new StreamSink();
        await using var pair = new ConnectionPair(
            TestHandlers.EmptyRouter(OcppVersion.V21),
            OcppRouter.Create(V21.V21Actions.Catalogue, sink, new TestHandlers.Central21()));

        await pair.Charger.SendAsync(new V21.NotifyPeriodicEventStreamRequest
        {
            Id = 7,
            Pending = 0,
            Basetime = TestHandlers.Now,
            Data = [new V21.StreamDataElementType { T = 0.5m, V = "230.1" }],
        });

        var received = await sink.Received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(7, received.Id);
        Assert.Equal("230.1", received.Data[0].V);
        // A CALL made afterwards gets its own answer, not a stray answer to the SEND.
        Assert.Equal(TestHandlers.Now, (await pair.Charger.CallAsync(new V21.HeartbeatRequest())).CurrentTime);
    }

    [Fact]
    public async Task Send_AsACall_IsAProtocolError()
    {
        await using var harness = new RawPeerHarness(OcppRouter.Create(V21.V21Actions.Catalogue, new StreamSink()));

        await harness.Peer.SendAsync("""[2,"s1","NotifyPeriodicEventStream",{"id":1,"pending":0,"basetime":"2025-01-01T00:00:00Z","data":[]}]""");
        var (_, code, _) = await harness.Peer.ReceiveCallErrorAsync();

        Assert.Equal("ProtocolError", code);
    }

    [Fact]
    public void Router_TwoHandlersForOneAction_Throws()
        => Assert.Throws<ArgumentException>(() => OcppRouter.Create(V201.V201Actions.Catalogue, new TestHandlers.Central201(), new TestHandlers.Central201()));

    [Fact]
    public void Router_BindsExactlyTheActionsTheHandlerImplements()
    {
        var router = TestHandlers.CentralRouter(OcppVersion.V201);

        Assert.Equal(["BootNotification", "Heartbeat"], router.HandledActions.Select(a => a.Name).Order());
        Assert.True(router.Handles(V201.V201Actions.Heartbeat));
        Assert.False(router.Handles(V201.V201Actions.Reset));
    }

    [Fact]
    public async Task CallResult_IsWrittenWithTheSchemaNames()
    {
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V201));

        await harness.Peer.SendAsync("""[2,"b1","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"M","vendorName":"V"}}]""");
        var answer = await harness.Peer.ReceiveAsync();

        var payload = answer[2];
        Assert.Equal("Accepted", payload.GetProperty("status").GetString());
        Assert.Equal(300, payload.GetProperty("interval").GetInt32());
        Assert.Equal("2025-06-01T12:00:00Z", payload.GetProperty("currentTime").GetString());
        Assert.False(payload.TryGetProperty("statusInfo", out _), "absent optional fields are omitted, never null");
        Assert.Equal(JsonValueKind.Object, payload.ValueKind);
    }
}
