using Microsoft.Extensions.Logging;
using SharpCharge.Ocpp.Diagnostics;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Tests.Support;
using SharpCharge.Ocpp.Transport;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Ocpp.Tests.Diagnostics;

/// <summary>Each trace tag appears exactly when its event happens, on the side that writes it, and not at all when off.</summary>
public sealed class OcppProtocolTraceTests
{
    private static OcppConnectionOptions Traced(LineLogger logger, OcppTraceSide side, bool pretty = false)
        => new() { Name = "CP-7", ProtocolTrace = new OcppProtocolTrace(logger, side, pretty) };

    private static IReadOnlyList<string> Tagged(LineLogger logger, string tag) => [.. logger.Lines.Where(l => l.StartsWith(tag + " ", StringComparison.Ordinal))];

    [Fact]
    public async Task A_call_from_the_charger_yields_recv_lines_for_frame_and_payload_and_send_lines_for_the_result()
    {
        var log = new LineLogger(LogLevel.Debug);
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V16), Traced(log, OcppTraceSide.Server));

        await harness.Peer.SendAsync("""[2,"m-1","Heartbeat",{}]""");
        await harness.Peer.ReceiveAsync();

        Assert.Contains("""[2,"m-1","Heartbeat",{}]""", Assert.Single(Tagged(log, OcppTraceTags.RawRecv)));
        Assert.Equal("[OCPP-CALL-RECV] charger=CP-7 action=Heartbeat id=m-1 ", Assert.Single(Tagged(log, OcppTraceTags.CallRecv)));
        Assert.EndsWith("action=Heartbeat id=m-1 {}", Assert.Single(Tagged(log, OcppTraceTags.PayloadRecv)));
        Assert.Contains("action=Heartbeat id=m-1", Assert.Single(Tagged(log, OcppTraceTags.ServerRecv)));
        Assert.Contains("action=Heartbeat id=m-1", Assert.Single(Tagged(log, OcppTraceTags.CallResultSend)));
        Assert.Contains("currentTime", Assert.Single(Tagged(log, OcppTraceTags.ResponseSend)));
        Assert.Contains("bytes", Assert.Single(Tagged(log, OcppTraceTags.ServerSend)));
        Assert.Empty(Tagged(log, OcppTraceTags.CallSend));
        Assert.Empty(Tagged(log, OcppTraceTags.CallErrorSend));
        Assert.DoesNotContain(log.Lines, l => l.StartsWith("[CHARGER-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_from_the_central_system_is_traced_on_both_ends_and_the_answer_names_its_action()
    {
        var chargerLog = new LineLogger(LogLevel.Debug);
        var centralLog = new LineLogger(LogLevel.Debug);
        var (a, b) = InMemoryOcppTransport.CreatePair();
        await using var charger = new OcppConnection(a, TestHandlers.CentralRouter(OcppVersion.V201), Traced(chargerLog, OcppTraceSide.Charger));
        await using var central = new OcppConnection(b, TestHandlers.EmptyRouter(OcppVersion.V201), Traced(centralLog, OcppTraceSide.Server));
        var runs = Task.WhenAll(charger.RunAsync(), central.RunAsync());

        await central.CallAsync(new V201.HeartbeatRequest());

        Assert.Contains("action=Heartbeat", Assert.Single(Tagged(centralLog, OcppTraceTags.CallSend)));
        Assert.Single(Tagged(centralLog, OcppTraceTags.PayloadSend));
        Assert.Contains("action=Heartbeat", Assert.Single(Tagged(centralLog, OcppTraceTags.CallResultRecv)));
        Assert.Contains("currentTime", Assert.Single(Tagged(centralLog, OcppTraceTags.ResponseRecv)));
        Assert.Contains("action=Heartbeat", Assert.Single(Tagged(chargerLog, OcppTraceTags.CallRecv)));
        Assert.Single(Tagged(chargerLog, OcppTraceTags.ChargerRecv));
        Assert.Single(Tagged(chargerLog, OcppTraceTags.ChargerSend));
        Assert.DoesNotContain(chargerLog.Lines, l => l.StartsWith("[SERVER-", StringComparison.Ordinal));

        await central.CloseAsync();
        await runs;
    }

    [Fact]
    public async Task A_callerror_is_traced_with_its_code_on_the_receiving_and_sending_sides()
    {
        var log = new LineLogger(LogLevel.Debug);
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V201), Traced(log, OcppTraceSide.Server));

        await harness.Peer.SendAsync("""[2,"bad-1","NoSuchAction",{}]""");
        await harness.Peer.ReceiveCallErrorAsync();

        Assert.Contains("action=NoSuchAction id=bad-1", Assert.Single(Tagged(log, OcppTraceTags.CallRecv)));
        Assert.Contains("action=NoSuchAction id=bad-1 NotImplemented", Assert.Single(Tagged(log, OcppTraceTags.CallErrorSend)));
        Assert.Contains("NotImplemented", Assert.Single(Tagged(log, OcppTraceTags.ErrorSend)));
    }

    [Fact]
    public async Task An_unreadable_frame_is_traced_raw_and_as_an_error()
    {
        var log = new LineLogger(LogLevel.Debug);
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V16), Traced(log, OcppTraceSide.Server));

        await harness.Peer.SendAsync("""[2,"x-9","Heartbeat",""");
        await harness.Peer.ReceiveCallErrorAsync();

        Assert.Contains("x-9", Assert.Single(Tagged(log, OcppTraceTags.RawRecv)));
        Assert.Contains("unreadable frame", Assert.Single(Tagged(log, OcppTraceTags.ErrorRecv)));
        Assert.Single(Tagged(log, OcppTraceTags.CallErrorSend));
    }

    [Fact]
    public async Task Information_level_keeps_envelopes_and_drops_payloads_raw_frames_and_transport_lines()
    {
        var log = new LineLogger(LogLevel.Information);
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V16), Traced(log, OcppTraceSide.Server));

        await harness.Peer.SendAsync("""[2,"m-2","Heartbeat",{}]""");
        await harness.Peer.ReceiveAsync();

        Assert.Equal(2, log.Lines.Count);
        Assert.Single(Tagged(log, OcppTraceTags.CallRecv));
        Assert.Single(Tagged(log, OcppTraceTags.CallResultSend));
    }

    [Fact]
    public async Task Warning_level_keeps_only_errors()
    {
        var log = new LineLogger(LogLevel.Warning);
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V16), Traced(log, OcppTraceSide.Server));

        await harness.Peer.SendAsync("""[2,"m-3","Heartbeat",{}]""");
        await harness.Peer.ReceiveAsync();
        Assert.Empty(log.Lines);

        await harness.Peer.SendAsync("""[2,"m-4","NoSuchAction",{}]""");
        await harness.Peer.ReceiveCallErrorAsync();
        Assert.Equal(2, log.Lines.Count);
        Assert.Single(Tagged(log, OcppTraceTags.CallErrorSend));
        Assert.Single(Tagged(log, OcppTraceTags.ErrorSend));
    }

    [Fact]
    public async Task Pretty_payloads_are_indented()
    {
        var log = new LineLogger(LogLevel.Debug);
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V16), Traced(log, OcppTraceSide.Server, pretty: true));

        await harness.Peer.SendAsync("""[2,"m-4","BootNotification",{"chargePointVendor":"V","chargePointModel":"M"}]""");
        await harness.Peer.ReceiveAsync();

        
        var payload = Assert.Single(Tagged(log, OcppTraceTags.PayloadRecv));
        Assert.Contains("\n  \"chargePointVendor\": \"V\"", payload);
    }

    [Fact]
    public async Task Without_a_trace_nothing_is_written()
    {
        var log = new LineLogger(LogLevel.Trace);
        var (local, remote) = InMemoryOcppTransport.CreatePair();
        await using var connection = new OcppConnection(local, TestHandlers.CentralRouter(OcppVersion.V16), new OcppConnectionOptions { Name = "CP-7" }, new LoggerAdapter(log));
        var peer = new RawPeer(remote);
        var run = connection.RunAsync();

        await peer.SendAsync("""[2,"m-5","Heartbeat",{}]""");
        await peer.ReceiveAsync();

        Assert.DoesNotContain(log.Lines, l => l.StartsWith('['));
        await connection.CloseAsync();
        await run;
    }

    private sealed class LoggerAdapter(LineLogger inner) : ILogger<OcppConnection>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
