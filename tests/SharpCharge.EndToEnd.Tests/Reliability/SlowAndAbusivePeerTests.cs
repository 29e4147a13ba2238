using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Connections;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using Xunit.Abstractions;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>
/// Issue #10 item 3 (without passwords) with real sockets: slow handshakes and slow readers are closed after a
/// bounded time, a connection flood from one address is refused with 429 while another address gets in, and a
/// charger sending faster than allowed is slowed down without slowing the others.
/// </summary>
public sealed class SlowAndAbusivePeerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("GET /ocpp/CP-SLOW HTTP/1.1\r\nHost: 127.0.0.1\r\n")]
    [InlineData("")]
    [Trait("Spec", "docs/security.md: slow handshakes")]
    public async Task SlowOrSilentHandshake_IsClosedAfterTheHandshakeTimeout(string partialRequest)
    {
        await using var running = await SqliteCsms.StartAsync(new() { ["Ocpp:Limits:HandshakeTimeout"] = "00:00:01" });
        using var peer = await HandWrittenWebSocket.ConnectAsync(running.Server.OcppPort);
        var clock = Stopwatch.StartNew();

        await peer.SendTextAsync(partialRequest);

        // Kestrel checks its timeouts once a second: closed within the timeout plus that tick, with room for a busy machine.
        Assert.True(await peer.ClosedByServerWithinAsync(TimeSpan.FromSeconds(15)), $"The server kept a half-finished handshake open for 15 s (timeout 1 s).");
        output.WriteLine($"Handshake of {partialRequest.Length} bytes closed after {clock.Elapsed.TotalSeconds:F1} s (HandshakeTimeout 1 s).");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"closed after {clock.Elapsed.TotalSeconds:F1} s, before the timeout");
    }

    [Fact]
    [Trait("Spec", "docs/security.md: slow readers")]
    public async Task ChargerThatNeverReads_IsDroppedAfterTheSendTimeout()
    {
        await using var running = await SqliteCsms.StartAsync(new() { ["Ocpp:Limits:SendTimeout"] = "00:00:01", ["Ocpp:Limits:MessagesPerSecond"] = "0" });
        using var peer = await HandWrittenWebSocket.ConnectAsync(running.Server.OcppPort);
        await peer.SendTextAsync(HandWrittenWebSocket.UpgradeRequest(running.Server.OcppPort, "CP-DEAF", "ocpp2.0.1"));
        Assert.Contains(" 101 ", await peer.ReadResponseHeadAsync(), StringComparison.Ordinal);
        await peer.Socket.SendAsync(HandWrittenWebSocket.Frame("[2,\"b\",\"BootNotification\"," + Payloads.Boot(OcppVersion.V201) + "]").AsMemory(), SocketFlags.None);
        // The session is registered just after the 101 goes out, so it may not be there yet when the head arrives.
        var registry = running.Server.Get<ChargerSessionRegistry>();
        await Eventually.TrueAsync(() => Task.FromResult(registry.TryGet("CP-DEAF", out _)), seconds: 20, what: "the upgraded connection of CP-DEAF was never registered");

        // Heartbeats without ever reading an answer: the answers fill the socket buffers (a few MB) until the
        // server's send blocks; our own sends then block too, which ends the flood.
        var chunk = Enumerable.Range(0, 1000).SelectMany(i => HandWrittenWebSocket.Frame($"[2,\"h{i}\",\"Heartbeat\",{{}}]")).ToArray();
        var sentBytes = 0L;
        for (var sent = 0; sent < 1000; sent++)
        {
            using var blocked = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await peer.Socket.SendAsync(chunk, SocketFlags.None, blocked.Token);
                sentBytes += chunk.Length;
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                break;
            }
        }

        // The flood stopped when our send had been blocked for 3 s. The server first answers every Heartbeat it has
        // already received (megabytes of them) until its own send buffer is full; only then does a send wait, and the
        // 1 s timeout start. On a busy machine that backlog alone has taken 15 s.
        var blockedSince = Stopwatch.StartNew();
        await Eventually.TrueAsync(() => Task.FromResult(!registry.TryGet("CP-DEAF", out _)), seconds: 90, what: "the charger that never reads was not dropped (SendTimeout 1 s)");
        output.WriteLine($"Sent {sentBytes:N0} bytes of Heartbeats without reading; dropped {blockedSince.Elapsed.TotalSeconds:F1} s after our own send blocked for 3 s (SendTimeout 1 s).");
    }

    [Fact]
    [Trait("Spec", "docs/security.md: connection floods")]
    public async Task ConnectionFloodFromOneAddress_IsRefusedWith429_WhileAnotherAddressConnects()
    {
        await using var running = await SqliteCsms.StartAsync(new() { ["Ocpp:Limits:ConnectionsPerSecondPerAddress"] = "1", ["Ocpp:Limits:ConnectionBurstPerAddress"] = "5" });
        var statuses = new List<HttpStatusCode>();
        var open = new List<ClientWebSocket>();
        var clock = Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < 20; i++)
            {
                var (status, socket) = await TryConnectAsync(running.Server, $"CP-FLOOD-{i}", IPAddress.Loopback);
                statuses.Add(status);
                if (socket is not null)
                {
                    open.Add(socket);
                }
            }

            // The burst of 5, plus one a second for as long as the 20 attempts took.
            var admitted = statuses.Count(s => s == HttpStatusCode.SwitchingProtocols);
            Assert.InRange(admitted, 5, 5 + (int)Math.Ceiling(clock.Elapsed.TotalSeconds));
            Assert.Equal(20 - admitted, statuses.Count(s => s == HttpStatusCode.TooManyRequests));

            // Another source address is not affected by the first one's flood.
            var (other, otherSocket) = await TryConnectAsync(running.Server, "CP-OTHER", IPAddress.Parse("127.0.0.2"));
            otherSocket?.Dispose();
            Assert.Equal(HttpStatusCode.SwitchingProtocols, other);
            output.WriteLine($"20 connections from 127.0.0.1 in {clock.Elapsed.TotalSeconds:F1} s: {admitted} admitted, {20 - admitted} refused with 429; 127.0.0.2 admitted.");
        }
        finally
        {
            open.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    [Trait("Spec", "docs/security.md: chargers sending faster than allowed")]
    public async Task ChargerSendingFasterThanAllowed_IsSlowedDown_WithoutSlowingAnotherCharger()
    {
        await using var running = await SqliteCsms.StartAsync(new() { ["Ocpp:Limits:MessagesPerSecond"] = "20", ["Ocpp:Limits:MessageBurst"] = "10" });
        await using var flooder = await RawCharger.ConnectAsync(running.Server, "CP-FAST", OcppVersion.V201);
        await using var neighbour = await RawCharger.ConnectAsync(running.Server, "CP-CALM", OcppVersion.V201);
        await neighbour.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));

        const int Calls = 70;
        var flood = Stopwatch.StartNew();
        var flooding = Task.Run(async () =>
        {
            for (var i = 0; i < Calls; i++)
            {
                await flooder.Socket.SendAsync($"[2,\"f{i}\",\"BootNotification\",{Payloads.Boot(OcppVersion.V201)}]");
            }

            for (var i = 0; i < Calls; i++)
            {
                Assert.Equal($"f{i}", (await flooder.Socket.ReceiveAsync())!.Value[1].GetString());
            }

            return flood.Elapsed;
        });

        // The neighbour keeps to one CALL at a time and stays within its own budget.
        var calm = Stopwatch.StartNew();
        for (var i = 0; i < 8; i++)
        {
            await neighbour.CallAsync("Heartbeat", "{}");
        }

        var calmElapsed = calm.Elapsed;
        var floodElapsed = await flooding;

        // 70 messages with a burst of 10 at 20 a second take at least (70 - 10) / 20 = 3 s.
        Assert.True(floodElapsed >= TimeSpan.FromSeconds(2.7), $"the flood took only {floodElapsed.TotalSeconds:F1} s");
        Assert.True(calmElapsed < floodElapsed / 2, $"the neighbour took {calmElapsed.TotalSeconds:F1} s while the flood took {floodElapsed.TotalSeconds:F1} s");
        output.WriteLine($"{Calls} CALLs at once throttled to {floodElapsed.TotalSeconds:F1} s (20/s after a burst of 10); the neighbour's 8 Heartbeats took {calmElapsed.TotalSeconds:F2} s meanwhile.");
    }

    [Theory]
    [InlineData("Ocpp:Limits:HandshakeTimeout", "00:00:00")]
    [InlineData("Ocpp:Limits:SendTimeout", "-00:00:01")]
    [InlineData("Ocpp:Limits:MessagesPerSecond", "-1")]
    [InlineData("Ocpp:Limits:ConnectionBurstPerAddress", "0")]
    public async Task InvalidLimit_StopsTheServerAtStart(string key, string value)
    {
        await using var storage = new SqliteBackend();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => CsmsServer.StartAsync(storage, new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, ClientWebSocket? Socket)> TryConnectAsync(CsmsServer server, string chargerId, IPAddress from)
    {
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(from, 0));
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol("ocpp2.0.1");
        client.Options.CollectHttpResponseDetails = true;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await client.ConnectAsync(server.ChargerUri(chargerId), invoker, timeout.Token);
            return (client.HttpStatusCode, client);
        }
        catch (WebSocketException)
        {
            var status = client.HttpStatusCode;
            client.Dispose();
            return (status, null);
        }
    }
}
