using System.Net.WebSockets;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.EndToEnd.Tests;

public abstract partial class CsmsEndToEndTests
{
    [Fact]
    public async Task SecondConnectionWithTheSameId_ReplacesTheFirst()
    {
        await using var running = await RunAsync();
        await using var first = await RawCharger.ConnectAsync(running.Server, "CP-TWICE", OcppVersion.V201);
        await first.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));

        await using var second = await RawCharger.ConnectAsync(running.Server, "cp-twice", OcppVersion.V201);

        Assert.Null(await first.Socket.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, first.Socket.Socket.CloseStatus);
        Assert.Contains("Replaced", first.Socket.Socket.CloseStatusDescription, StringComparison.Ordinal);
        await second.CallAsync("Heartbeat", "{}");
        Assert.True((await running.Server.Get<IChargerService>().FindAsync("CP-TWICE", CancellationToken.None))!.Online);
    }

    [Fact]
    [Trait("Spec", "OCPP-NOTES §2.6")]
    public async Task FrameLargerThanTheLimit_ClosesWith1009()
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:MaxMessageSize"] = "4096" });
        await using var charger = await RawCharger.ConnectAsync(running.Server, "CP-BIG", OcppVersion.V201);

        await charger.Socket.SendAsync("[2,\"big\",\"DataTransfer\",{\"vendorId\":\"x\",\"data\":\"" + new string('x', 5000) + "\"}]");

        Assert.Null(await charger.Socket.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, charger.Socket.Socket.CloseStatus);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [Trait("TestCase", "TC_A_01_CSMS")]
    public async Task ChargerWithPassword_WrongOrMissingPassword_Gets401(OcppVersion version)
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:UnknownChargers"] = "Reject" });
        var chargers = running.Server.Get<IChargerService>();
        await chargers.RegisterAsync("CP-SECURE", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await chargers.SetPasswordAsync("CP-SECURE", "0123456789abcdef0123", CancellationToken.None);
        var uri = running.Server.ChargerUri("CP-SECURE");
        string[] protocols = [version.ToSubProtocol()];

        Assert.Equal(401, await TestCharger.RefusedStatusAsync(uri, protocols));
        Assert.Equal(401, await TestCharger.RefusedStatusAsync(uri, protocols, "CP-SECURE", "wrong-password-000000"));
        Assert.Equal(401, await TestCharger.RefusedStatusAsync(uri, protocols, "CP-OTHER", "0123456789abcdef0123"));
        await using var charger = await RawCharger.ConnectAsync(running.Server, "CP-SECURE", version, "0123456789abcdef0123");
        Assert.Equal("Accepted", (await charger.CallAsync("BootNotification", Payloads.Boot(version))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task UnknownCharger_AcceptPolicy_IsRegisteredAndAccepted()
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:UnknownChargers"] = "Accept" });
        await using var charger = await RawCharger.ConnectAsync(running.Server, "CP-NEW", OcppVersion.V16);

        Assert.Equal("Accepted", (await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16))).GetProperty("status").GetString());
        Assert.Equal(ChargerRegistrationStatus.Accepted, (await running.Server.Get<IChargerService>().FindAsync("CP-NEW", CancellationToken.None))!.RegistrationStatus);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [Trait("TestCase", "TC_B_02_CSMS")]
    [Trait("Spec", "OCPP 2.0.1 B02.FR.09")]
    public async Task UnknownCharger_PendingPolicy_IsPendingUntilAnOperatorAcceptsIt(OcppVersion version)
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:UnknownChargers"] = "Pending" });
        await using (var charger = await RawCharger.ConnectAsync(running.Server, "CP-WAIT", version))
        {
            var boot = await charger.CallAsync("BootNotification", Payloads.Boot(version));
            Assert.Equal("Pending", boot.GetProperty("status").GetString());
            Assert.Equal("SecurityError", await charger.CallErrorAsync("Heartbeat", "{}"));
        }

        await running.Server.Get<IChargerService>().SetRegistrationStatusAsync("CP-WAIT", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await using var accepted = await RawCharger.ConnectAsync(running.Server, "CP-WAIT", version);
        Assert.Equal("Accepted", (await accepted.CallAsync("BootNotification", Payloads.Boot(version))).GetProperty("status").GetString());
        await accepted.CallAsync("Heartbeat", "{}");
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §3.2")]
    public async Task UnknownCharger_RejectPolicy_Gets404()
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:UnknownChargers"] = "Reject" });

        Assert.Equal(404, await TestCharger.RefusedStatusAsync(running.Server.ChargerUri("CP-STRANGER"), ["ocpp2.0.1"]));
        Assert.Null(await running.Server.Get<IChargerService>().FindAsync("CP-STRANGER", CancellationToken.None));
    }

    [Fact]
    [Trait("TestCase", "TC_B_58_CSMS")]
    [Trait("TestCase", "TC_088_CSMS")]
    public async Task NoCommonSubprotocol_HandshakeWithoutProtocolThenClosed()
    {
        await using var running = await RunAsync();
        using var socket = await TestCharger.OpenAsync(running.Server.ChargerUri("CP-OLD"), ["ocpp1.5"]);
        await using var raw = new RawSocket(socket);

        Assert.True(string.IsNullOrEmpty(socket.SubProtocol));
        Assert.Null(await raw.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.ProtocolError, socket.CloseStatus);
    }

    [Fact]
    public async Task ClientPreference_PicksTheFirstVersionItOffers()
    {
        await using var running = await RunAsync();
        using var socket = await TestCharger.OpenAsync(running.Server.ChargerUri("CP-PREF", "any/prefix/works"), ["ocpp1.6", "ocpp2.0.1"]);

        Assert.Equal("ocpp1.6", socket.SubProtocol);
    }

    [Fact]
    public async Task PlainHttpRequest_ToTheOcppPort_Gets400()
    {
        await using var running = await RunAsync();
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri($"http://127.0.0.1:{running.Server.OcppPort}/ocpp/CP-1"));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("WebSocket", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
