using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Connections;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Tests.Fuzz;
using Xunit.Abstractions;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>
/// Issue #10 item 2 over a real socket to the real central system: mutated frames of every action (the protocol
/// tests' <see cref="FuzzCorpus"/>) and the named hostile inputs. Every answer is a well-formed CALLRESULT or a
/// CALLERROR with a code of the version (never InternalError), and the charger's connection still answers a
/// Heartbeat afterwards. The in-memory million is in SharpCharge.Ocpp.Tests (RpcFuzzTests).
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> NoThrottle = new() { ["Ocpp:Limits:MessagesPerSecond"] = "0" };

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    [Trait("Spec", "OCPP-J 1.6 §4.2.3; OCPP 2.0.1 Part 4 §4.3; OCPP-NOTES §1.4")]
    public async Task MutatedFrames_OverARealSocket_AreAnsweredWithoutInternalErrorAndTheChargerStaysServed(OcppVersion version)
    {
        var frames = FuzzSettings.FromEnvironment(defaultFrames: 3_000);
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage, NoThrottle);
        await using var charger = await RawCharger.ConnectAsync(server, "CP-FUZZ", version);
        await charger.CallAsync("BootNotification", Payloads.Boot(version));

        // The real handlers decide business outcomes, so every frame is judged as chaos: any well-formed answer but
        // InternalError. Mutants that are not valid UTF-8 stay in memory: over a WebSocket, RFC 6455 §8.1 fails the
        // connection for them (InvalidUtf8_InATextFrame_FailsTheConnection_AndTheChargerCanReconnect).
        // Mutants longer than Ocpp:MaxMessageSize stay in memory too: over a socket they close the connection with
        // 1009, which FrameExactlyAtTheLimit_IsServed_AndOneByteMoreClosesWith1009 shows.
        var maxSize = server.Get<IOptions<OcppEndpointOptions>>().Value.MaxMessageSize;
        output.WriteLine($"{version}: seed {frames.Seed} ({FuzzSettings.SeedVariable} replays it).");
        var corpus = FuzzCorpus.Create(version, frames.Seed, Math.Min(frames.Frames, 20_000))
            .Where(f => System.Text.Unicode.Utf8.IsValid(f.Bytes) && f.Bytes.Length <= maxSize)
            .Select(f => f with { Ids = null })
            .ToList();
        var checker = new FuzzChecker(version);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var start = 0; start < corpus.Count; start += 100)
        {
            await SendBatchAsync(charger.Socket, corpus.GetRange(start, Math.Min(100, corpus.Count - start)), checker, start);
        }

        output.WriteLine($"{version}: {checker.Frames:N0} frames, {checker.Answers:N0} answers in {clock.Elapsed.TotalSeconds:F1} s.");
        Assert.True(checker.FailureCount == 0, string.Join(Environment.NewLine, checker.Failures));
        Assert.Equal(3, (await charger.Socket.ExchangeRawAsync("[2,\"last\",\"Heartbeat\",{}]"))[0].GetInt32());
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [Trait("Spec", "RFC 6455 §8.1 (invalid UTF-8 in a text frame fails the connection with 1007); OCPP-NOTES §1.4")]
    public async Task InvalidUtf8_InATextFrame_FailsTheConnection_AndTheChargerCanReconnect(OcppVersion version)
    {
        await using var running = await SqliteCsms.StartAsync();
        await using (var charger = await BootedAsync(running.Server, "CP-UTF8", version))
        {
            byte[] frame = [.. "[2,\"u1\",\"Heartbeat\",{\"x\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}]"u8];
            await charger.Socket.Socket.SendAsync(frame, WebSocketMessageType.Text, true, CancellationToken.None);

            // The WebSocket layer refuses the frame before OCPP sees it (the RPC layer's own answer, a CALLERROR, is
            // tested in memory by RpcFuzzTests).
            Assert.Null(await ReceiveOrNullAsync(charger.Socket));
        }

        await using var again = await BootedAsync(running.Server, "CP-UTF8", version);
        await AssertServesAsync(again);
    }

    [Fact]
    [Trait("Spec", "OCPP-J 1.6 §3.1; OCPP 2.0.1 Part 4 §4.1 (text frames only)")]
    public async Task BinaryFrame_ClosesTheConnectionWith1003()
    {
        await using var running = await SqliteCsms.StartAsync();
        await using var charger = await BootedAsync(running.Server, "CP-BIN", OcppVersion.V201);

        await charger.Socket.Socket.SendAsync("[2,\"b1\",\"Heartbeat\",{}]"u8.ToArray(), WebSocketMessageType.Binary, true, CancellationToken.None);

        Assert.Null(await charger.Socket.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.InvalidMessageType, charger.Socket.Socket.CloseStatus);
    }

    [Fact]
    [Trait("Spec", "OCPP-NOTES §2.6")]
    public async Task FrameExactlyAtTheLimit_IsServed_AndOneByteMoreClosesWith1009()
    {
        await using var running = await SqliteCsms.StartAsync(new() { ["Ocpp:MaxMessageSize"] = "4096" });
        await using var charger = await BootedAsync(running.Server, "CP-EDGE", OcppVersion.V201);

        var atLimit = DataTransferOfSize(4096, "edge1");
        Assert.Equal(3, (await charger.Socket.ExchangeRawAsync(atLimit))[0].GetInt32());

        await charger.Socket.SendAsync(DataTransferOfSize(4097, "edge2"));
        Assert.Null(await charger.Socket.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, charger.Socket.Socket.CloseStatus);
    }

    [Theory]
    [InlineData(OcppVersion.V16, "FormationViolation")]
    [InlineData(OcppVersion.V21, "RpcFrameworkError")]
    [Trait("Spec", "OCPP-NOTES §1.4")]
    public async Task DeeplyNestedJson_IsAnsweredAndTheConnectionServesOn(OcppVersion version, string code)
    {
        await using var running = await SqliteCsms.StartAsync();
        await using var charger = await BootedAsync(running.Server, "CP-DEEP", version);

        var answer = await charger.Socket.ExchangeRawAsync("[2,\"d1\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":" + new string('[', 20_000) + new string(']', 20_000) + "}]");

        Assert.Equal(4, answer[0].GetInt32());
        Assert.Equal(code, answer[2].GetString());
        await AssertServesAsync(charger);
    }

    [Theory]
    [InlineData(OcppVersion.V16, "1e400")]
    [InlineData(OcppVersion.V16, "-123456789012345678901234567890")]
    [InlineData(OcppVersion.V201, "1e400")]
    [InlineData(OcppVersion.V201, "99999999999999999999999999999999")]
    [Trait("Spec", "OCPP-NOTES §1.4 (wrong type / out of range)")]
    public async Task HugeNumber_IsAConstraintViolationNotACrash(OcppVersion version, string number)
    {
        await using var running = await SqliteCsms.StartAsync();
        await using var charger = await BootedAsync(running.Server, "CP-HUGE", version);

        var payload = version == OcppVersion.V16
            ? $"{{\"connectorId\":{number},\"errorCode\":\"NoError\",\"status\":\"Available\"}}"
            : $"{{\"timestamp\":\"2025-01-01T00:00:00Z\",\"connectorStatus\":\"Available\",\"evseId\":{number},\"connectorId\":1}}";
        var code = await charger.CallErrorAsync("StatusNotification", payload);

        Assert.Contains(code, new[] { "TypeConstraintViolation", "PropertyConstraintViolation" });
        await AssertServesAsync(charger);
    }

    [Fact]
    [Trait("Spec", "OCPP-NOTES §1.5 (a peer that ignores the one-outstanding-CALL rule gets back-pressure, not a crash)")]
    public async Task TenThousandCallsWithoutWaiting_AreAllAnsweredInOrder()
    {
        await using var running = await SqliteCsms.StartAsync(NoThrottle);
        await using var charger = await BootedAsync(running.Server, "CP-PIPE", OcppVersion.V201);

        const int Calls = 10_000;
        var sending = Task.Run(async () =>
        {
            for (var i = 0; i < Calls; i++)
            {
                await charger.Socket.SendAsync($"[2,\"p{i}\",\"Heartbeat\",{{}}]");
            }
        });
        for (var i = 0; i < Calls; i++)
        {
            var answer = await charger.Socket.ReceiveAsync();
            Assert.NotNull(answer);
            Assert.Equal(3, answer.Value[0].GetInt32());
            Assert.Equal($"p{i}", answer.Value[1].GetString());
        }

        await sending;
        await AssertServesAsync(charger);
    }

    [Theory]
    [InlineData("[3,\"never-asked\",{\"status\":\"Accepted\"}]")]
    [InlineData("[4,\"never-asked\",\"GenericError\",\"\",{}]")]
    [Trait("Spec", "OCPP-NOTES §1.6 (unknown responses are logged and dropped)")]
    public async Task ResponseToACallNeverMade_IsDroppedWithoutAnswer(string frame)
    {
        await using var running = await SqliteCsms.StartAsync();
        await using var charger = await BootedAsync(running.Server, "CP-STRAY", OcppVersion.V201);

        await charger.Socket.SendAsync(frame);

        // The next thing that comes back is the Heartbeat's answer: nothing was sent for the stray response.
        var answer = await charger.Socket.ExchangeRawAsync("[2,\"after\",\"Heartbeat\",{}]");
        Assert.Equal("after", answer[1].GetString());
        Assert.Equal(3, answer[0].GetInt32());
    }

    private static async Task<JsonElement?> ReceiveOrNullAsync(RawSocket socket)
    {
        try
        {
            return await socket.ReceiveAsync();
        }
        catch (WebSocketException)
        {
            // Failed without a close handshake: also closed.
            return null;
        }
    }

    private static async Task SendBatchAsync(RawSocket socket, List<FuzzFrame> batch, FuzzChecker checker, int number)
    {
        foreach (var frame in batch)
        {
            await socket.Socket.SendAsync(frame.Bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        }

        await socket.Socket.SendAsync(FuzzChecker.Marker(number), WebSocketMessageType.Text, true, CancellationToken.None);
        var answers = new List<FuzzAnswer>();
        while (true)
        {
            var element = await socket.ReceiveAsync();
            Assert.True(element is not null, $"The server closed the connection ({socket.Socket.CloseStatus} {socket.Socket.CloseStatusDescription}) in a batch starting with [{batch[0].Mutation}] {Encoding.UTF8.GetString(batch[0].Bytes)}");
            var answer = FuzzAnswer.Parse(Encoding.UTF8.GetBytes(element.Value.GetRawText()));
            if (FuzzChecker.IsMarkerAnswer(answer, number))
            {
                break;
            }

            answers.Add(answer);
        }

        checker.Check(batch, answers);
    }

    private static string DataTransferOfSize(int size, string id)
    {
        var shell = $"[2,\"{id}\",\"DataTransfer\",{{\"vendorId\":\"v\",\"data\":\"\"}}]";
        return shell.Replace("\"data\":\"\"", "\"data\":\"" + new string('x', size - shell.Length) + "\"", StringComparison.Ordinal);
    }

    private static async Task AssertServesAsync(RawCharger charger)
        => Assert.Equal(3, (await charger.Socket.ExchangeRawAsync("[2,\"alive\",\"Heartbeat\",{}]"))[0].GetInt32());

    private static async Task<RawCharger> BootedAsync(CsmsServer server, string id, OcppVersion version)
    {
        var charger = await RawCharger.ConnectAsync(server, id, version);
        await charger.CallAsync("BootNotification", Payloads.Boot(version));
        return charger;
    }
}
