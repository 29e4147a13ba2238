using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Hosting;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests;

public abstract partial class CsmsEndToEndTests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §5.3; OCPP-NOTES §2.4")]
    public async Task SilentCharger_NotAnsweringPings_IsShownOfflineWithinThePingTimeout()
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:PingInterval"] = "00:00:01", ["Ocpp:PingTimeout"] = "00:00:01" });
        var chargers = running.Server.Get<IChargerService>();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, running.Server.OcppPort);
        var stream = tcp.GetStream();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var handshake = $"GET /ocpp/CP-SILENT HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(handshake));
        var response = new byte[1024];
        var read = await stream.ReadAsync(response);
        Assert.StartsWith("HTTP/1.1 101", Encoding.ASCII.GetString(response, 0, read), StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => (await chargers.FindAsync("CP-SILENT", CancellationToken.None))?.Online == true);

        // From here on the "charger" neither reads nor writes: the server's pings get no pong.

        await Eventually.TrueAsync(async () => (await chargers.FindAsync("CP-SILENT", CancellationToken.None))?.Online == false, seconds: 15);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.301 (security profile 2)")]
    public async Task Tls_ChargerConnectsOverWssWithBasicAuth()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pfx = Path.Combine(Path.GetTempPath(), $"sharpcharge-tls-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        try
        {
            await using var running = await RunAsync(new Dictionary<string, string?>
            {
                ["Ocpp:TlsCertificatePath"] = pfx,
                ["Ocpp:TlsCertificatePassword"] = "test-password",
                ["Ocpp:TlsPort"] = "0",
                ["Ocpp:UnknownChargers"] = "Reject",
            });
            var chargers = running.Server.Get<IChargerService>();
            await chargers.RegisterAsync("CP-TLS", ChargerRegistrationStatus.Accepted, CancellationToken.None);
            await chargers.SetPasswordAsync("CP-TLS", "tls-password-0123456789", CancellationToken.None);
            var port = running.Server.Get<BoundListeners>().Port(ListenerKind.OcppTls);

            using var socket = new System.Net.WebSockets.ClientWebSocket();
            socket.Options.AddSubProtocol("ocpp2.0.1");
            socket.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("CP-TLS:tls-password-0123456789")));
            var thumbprint = certificate.GetCertHashString();
            socket.Options.RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == thumbprint;
            await socket.ConnectAsync(new Uri($"wss://localhost:{port}/ocpp/CP-TLS"), CancellationToken.None);
            await using var raw = new RawSocket(socket);
            await raw.SendAsync("[2,\"t1\",\"BootNotification\"," + Payloads.Boot(OcppVersion.V201) + "]");
            var answer = await raw.ReceiveAsync();

            Assert.Equal("Accepted", answer!.Value[2].GetProperty("status").GetString());
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public async Task Transaction_AtAStationWithATariff_IsCostedWhenItEnds()
    {
        await using var running = await RunAsync();
        await running.Server.Get<IStationService>().SaveAsync(
            new Csms.Domain.Stations.Station("ST-1", "Market Square") { Latitude = 52.37, Longitude = 4.89, CapacityKw = 150, Tariff = new Tariff(0.40m, "EUR") { SessionFee = 1.00m } },
            CancellationToken.None);
        var chargers = running.Server.Get<IChargerService>();
        await using var charger = await RawCharger.ConnectAsync(running.Server, "CP-COST", OcppVersion.V201);
        await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));
        await chargers.AssignStationAsync("CP-COST", "ST-1", CancellationToken.None);

        await StartTransactionAsync(charger, OcppVersion.V201, "ANY", "TX-COST", meterStart: 0);
        var ended = await charger.CallAsync("TransactionEvent", """{"eventType":"Ended","timestamp":"2025-06-01T13:00:00Z","triggerReason":"StopAuthorized","seqNo":1,"transactionInfo":{"transactionId":"TX-COST","stoppedReason":"Local"},"meterValue":[{"timestamp":"2025-06-01T13:00:00Z","sampledValue":[{"value":10000,"context":"Transaction.End","measurand":"Energy.Active.Import.Register"}]}]}""");

        // 10 kWh at 0.40 EUR plus a 1.00 EUR session fee.
        Assert.Equal(5.00m, ended.GetProperty("totalCost").GetDecimal());
        var stored = await running.Server.Get<SharpCharge.Csms.Domain.Transactions.ITransactionService>().FindByChargerTransactionIdAsync("CP-COST", "TX-COST", CancellationToken.None);
        Assert.Equal(5.00m, stored!.Cost);
        Assert.Equal("EUR", stored.Currency);
    }
}
