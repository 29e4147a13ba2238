using System.Net;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests;

/// <summary>
/// The protocol trace of the running central system, tag by tag: each tag is written when its event happens on a real
/// WebSocket, exactly once per frame, and not before; switched off, none is written. Lines are taken from the logging
/// pipeline (every provider sees the same), so what a file or the console would get is what is checked here.
/// </summary>
public sealed class ProtocolTraceTagsTests : IAsyncLifetime
{
    private const string ChargerId = "CP-TAGS";
    private readonly SqliteBackend _storage = new();
    private readonly CapturedLogs _logs = new();
    private CsmsServer _server = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task CallFromCharger_WritesRecvLinesForFrameAndPayload_ThenSendLinesForTheResult()
    {
        await using var charger = await StartAndConnectAsync(traceOn: true);

        await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));

        Assert.Equal(
            ["[OCPP-CALL-RECV]", "[OCPP-PAYLOAD-RECV]", "[SERVER-RECV]", "[OCPP-CALLRESULT-SEND]", "[OCPP-RESPONSE-SEND]", "[SERVER-SEND]"],
            TagsOf("m1"));
        Assert.All(LinesOf("m1"), l => Assert.Contains($"charger={ChargerId} action=BootNotification id=m1 ", l, StringComparison.Ordinal));
        Assert.Contains(LinesOf("m1"), l => l.StartsWith("[OCPP-PAYLOAD-RECV]", StringComparison.Ordinal) && l.Contains("\"chargingStation\"", StringComparison.Ordinal));
        Assert.Contains(LinesOf("m1"), l => l.StartsWith("[OCPP-RESPONSE-SEND]", StringComparison.Ordinal) && l.Contains("\"Accepted\"", StringComparison.Ordinal));
        Assert.Single(Trace(), l => l.StartsWith("[OCPP-RAW-RECV]", StringComparison.Ordinal) && l.Contains("[2,\"m1\",\"BootNotification\",", StringComparison.Ordinal));
        Assert.DoesNotContain(Trace(), l => l.Contains("ERROR-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommandAnswered_WritesCallSendLines_ThenCallResultRecvLinesOnlyOnceTheAnswerArrives()
    {
        await using var charger = await StartAndConnectAsync(traceOn: true);
        await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));
        IReadOnlyList<string> beforeAnswer = [];

        var (status, id) = await ClearCacheAsync(charger, id => $"[3,\"{id}\",{{\"status\":\"Accepted\"}}]", id => beforeAnswer = TagsOf(id));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["[OCPP-CALL-SEND]", "[OCPP-PAYLOAD-SEND]", "[SERVER-SEND]"], beforeAnswer);
        Assert.Equal(
            ["[OCPP-CALL-SEND]", "[OCPP-PAYLOAD-SEND]", "[SERVER-SEND]", "[OCPP-CALLRESULT-RECV]", "[OCPP-RESPONSE-RECV]", "[SERVER-RECV]"],
            TagsOf(id));
        Assert.All(LinesOf(id), l => Assert.Contains($"charger={ChargerId} action=ClearCache id={id} ", l, StringComparison.Ordinal));
        Assert.Contains(LinesOf(id), l => l.StartsWith("[OCPP-RESPONSE-RECV]", StringComparison.Ordinal) && l.Contains("\"Accepted\"", StringComparison.Ordinal));
        Assert.DoesNotContain(Trace(), l => l.Contains("ERROR-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommandAnsweredWithCallError_WritesCallErrorRecvAndErrorRecv_AndNoCallResult()
    {
        await using var charger = await StartAndConnectAsync(traceOn: true);
        await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));

        var (status, id) = await ClearCacheAsync(charger, id => $"[4,\"{id}\",\"InternalError\",\"Cache locked\",{{\"slot\":\"3\"}}]");

        Assert.Equal(HttpStatusCode.BadGateway, status);
        Assert.Equal(
            ["[OCPP-CALL-SEND]", "[OCPP-PAYLOAD-SEND]", "[SERVER-SEND]", "[OCPP-CALLERROR-RECV]", "[OCPP-ERROR-RECV]", "[SERVER-RECV]"],
            TagsOf(id));
        Assert.Contains(LinesOf(id), l => l == $"[OCPP-CALLERROR-RECV] charger={ChargerId} action=ClearCache id={id} InternalError");
        Assert.Contains(LinesOf(id), l => l.StartsWith($"[OCPP-ERROR-RECV] charger={ChargerId} action=ClearCache id={id} InternalError \"Cache locked\" ", StringComparison.Ordinal)
                                          && l.Contains("\"slot\":\"3\"", StringComparison.Ordinal));
        Assert.DoesNotContain(Trace(), l => l.Contains("[OCPP-CALLRESULT-RECV]", StringComparison.Ordinal) || l.Contains("-SEND] charger=CP-TAGS action=ClearCache id=" + id + " Internal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnreadableFrame_WritesRawRecvAsReceived_AndErrorRecv_ThenTheCallErrorWeAnswered()
    {
        await using var charger = await StartAndConnectAsync(traceOn: true);
        const string broken = """[2,"bad-1","Heartbeat",{"x":]""";

        await charger.Socket.SendAsync(broken);
        var answer = await charger.Socket.ReceiveAsync() ?? throw new InvalidOperationException("The server closed instead of answering the broken frame.");

        Assert.Equal(4, answer[0].GetInt32());
        var answeredId = answer[1].GetString()!;
        var code = answer[2].GetString()!;
        var trace = Trace();
        Assert.Single(trace, l => l == $"[OCPP-RAW-RECV] charger={ChargerId} action=- id=- {broken}");
        Assert.Single(trace, l => l.StartsWith($"[OCPP-ERROR-RECV] charger={ChargerId} action=- id=", StringComparison.Ordinal) && l.Contains("unreadable frame: ", StringComparison.Ordinal));
        Assert.Single(trace, l => l == $"[OCPP-CALLERROR-SEND] charger={ChargerId} action=- id={answeredId} {code}");
        Assert.Single(trace, l => l.StartsWith($"[OCPP-ERROR-SEND] charger={ChargerId} action=- id={answeredId} {code} ", StringComparison.Ordinal));
        Assert.DoesNotContain(trace, l => l.StartsWith("[OCPP-CALL-RECV]", StringComparison.Ordinal) || l.StartsWith("[OCPP-PAYLOAD-RECV]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadCall_WritesCallRecv_ThenCallErrorSendAndErrorSend_AndNoCallResult()
    {
        await using var charger = await StartAndConnectAsync(traceOn: true);

        var code = await charger.CallErrorAsync("BootNotification", """{"reason":"PowerUp"}""");

        Assert.Equal("OccurrenceConstraintViolation", code);
        Assert.Equal(
            ["[OCPP-CALL-RECV]", "[OCPP-PAYLOAD-RECV]", "[SERVER-RECV]", "[OCPP-CALLERROR-SEND]", "[OCPP-ERROR-SEND]", "[SERVER-SEND]"],
            TagsOf("m1"));
        Assert.Contains(LinesOf("m1"), l => l == $"[OCPP-CALLERROR-SEND] charger={ChargerId} action=BootNotification id=m1 {code}");
        Assert.Contains(LinesOf("m1"), l => l.StartsWith($"[OCPP-ERROR-SEND] charger={ChargerId} action=BootNotification id=m1 {code} \"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TraceOff_TheSameExchanges_WriteNoTagAtAll()
    {
        await using var charger = await StartAndConnectAsync(traceOn: false);

        await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));
        Assert.Equal("OccurrenceConstraintViolation", await charger.CallErrorAsync("BootNotification", """{"reason":"PowerUp"}"""));
        await charger.Socket.SendAsync("""[2,"bad-1","Heartbeat",{"x":]""");
        Assert.Equal(4, (await charger.Socket.ReceiveAsync())!.Value[0].GetInt32());
        var (answered, _) = await ClearCacheAsync(charger, id => $"[3,\"{id}\",{{\"status\":\"Accepted\"}}]");
        var (refused, _) = await ClearCacheAsync(charger, id => $"[4,\"{id}\",\"InternalError\",\"Cache locked\",{{}}]");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadGateway), (answered, refused));
        // The capture itself works: the connection's other lines at Debug were taken.
        Assert.Contains(_logs.Messages, m => m.Contains($"Connection {ChargerId} sent ClearCache as message", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Messages, m => m.Contains("[OCPP-", StringComparison.Ordinal) || m.Contains("[SERVER-", StringComparison.Ordinal));
    }

    private async Task<RawCharger> StartAndConnectAsync(bool traceOn)
    {
        _server = await CsmsServer.StartAsync(
            _storage,
            new Dictionary<string, string?>
            {
                ["Ocpp:ProtocolDebug:Enabled"] = traceOn ? "true" : "false",
                ["Ocpp:ProtocolDebug:Level"] = "DEBUG",
                // Levels let everything through: only the switch decides.
                ["Logging:LogLevel:SharpCharge.Ocpp"] = "Debug",
                ["Ocpp:CallTimeout"] = "00:00:20",
            },
            _logs.AttachTo);
        return await RawCharger.ConnectAsync(_server, ChargerId, OcppVersion.V201);
    }

    /// <summary>Sends clear-cache through the REST API, lets the charger answer the CALL with <paramref name="answer"/>, and returns the HTTP status and the CALL's message id.</summary>
    private async Task<(HttpStatusCode Status, string MessageId)> ClearCacheAsync(RawCharger charger, Func<string, string> answer, Action<string>? beforeAnswering = null)
    {
        using var api = new CommandApi(_server);
        var posted = api.PostAsync($"api/chargers/{ChargerId}/clear-cache");
        var call = await charger.Socket.ReceiveAsync() ?? throw new InvalidOperationException("The server closed instead of sending ClearCache.");
        Assert.Equal((2, "ClearCache"), (call[0].GetInt32(), call[2].GetString()));
        var id = call[1].GetString()!;
        beforeAnswering?.Invoke(id);
        await charger.Socket.SendAsync(answer(id));
        var (status, _) = await posted;
        return (status, id);
    }

    private IReadOnlyList<string> Trace() => [.. _logs.Messages.Where(m => m.StartsWith('[') && m.Contains(" charger=", StringComparison.Ordinal))];

    /// <summary>The trace lines of one message id, in the order written (the raw frame line has no id: it is written before parsing).</summary>
    private IReadOnlyList<string> LinesOf(string messageId) => [.. Trace().Where(l => l.Contains($" id={messageId} ", StringComparison.Ordinal))];

    private IReadOnlyList<string> TagsOf(string messageId) => [.. LinesOf(messageId).Select(l => l[..(l.IndexOf(']', StringComparison.Ordinal) + 1)])];
}
