using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using SharpCharge.Ocpp;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.Connection;

namespace SharpCharge.Station.Tests.Connection;

/// <summary>Security profile 3 against a real TLS server on loopback that asks for a client certificate.</summary>
public sealed class WebSocketStationConnectorTests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.4xx security profile 3; OCPP-NOTES §3.4")]
    public async Task Connect_WithClientCertificate_ServerSeesItAndTheTrustedRootIsChecked()
    {
        using var serverCertificate = SelfSigned("CN=localhost", server: true);
        using var clientCertificate = SelfSigned("CN=SN-0001, O=SharpCharge CPO", server: false);
        using var otherRoot = SelfSigned("CN=Someone Else", server: true);
        string? seenSubject = null;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = serverCertificate;
            https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            https.ClientCertificateValidation = (_, _, _) => true;
        })));
        await using var app = builder.Build();
        app.UseWebSockets();
        app.Run(async context =>
        {
            seenSubject = context.Connection.ClientCertificate?.Subject;
            using var socket = await context.WebSockets.AcceptWebSocketAsync("ocpp1.6");
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        });
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;

        var options = new ChargingStationOptions
        {
            Id = "CP-TLS",
            CsmsUri = new Uri($"wss://localhost:{port}/ocpp"),
            Version = OcppVersion.V16,
            ClientCertificate = clientCertificate,
            TrustedCsmsRoot = serverCertificate,
        };
        await using (await new WebSocketStationConnector(options, new StationSettings(options)).ConnectAsync(CancellationToken.None))
        {
            Assert.Equal("3", new StationSettings(options).Get(Setting.SecurityProfile));
        }

        options.TrustedCsmsRoot = otherRoot;
        await Assert.ThrowsAnyAsync<WebSocketException>(async () => await new WebSocketStationConnector(options, new StationSettings(options)).ConnectAsync(CancellationToken.None));
        await app.StopAsync();

        Assert.Equal("CN=SN-0001, O=SharpCharge CPO", seenSubject);
    }

    [Fact]
    public void Options_ClientCertificateWithoutTls_IsRefused()
    {
        using var certificate = SelfSigned("CN=SN-1", server: false);
        var options = new ChargingStationOptions { Id = "CP-1", CsmsUri = new Uri("ws://127.0.0.1:9/ocpp"), ClientCertificate = certificate };

        var error = Assert.Throws<ArgumentException>(() => new ChargingStation(options));
        Assert.Contains("wss://", error.Message);
    }

    private static X509Certificate2 SelfSigned(string subject, bool server)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (server)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        }

        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(server ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));

        // Re-import so the key is usable by TLS on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
