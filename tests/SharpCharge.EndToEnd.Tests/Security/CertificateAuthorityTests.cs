using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.EndToEnd.Tests.StationAgainstCsms;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Station;

namespace SharpCharge.EndToEnd.Tests.Security;

/// <summary>
/// The built-in CA end to end: a station on profile 3 asks for a new certificate (SignCertificate), the central system
/// signs it and sends CertificateSigned, and after a reset the station connects with the new certificate while its
/// old one is revoked.
/// </summary>
public sealed class CertificateAuthorityTests
{
    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [Trait("Spec", "OCPP 2.0.1 A02.FR.02-A02.FR.11; 1.6 security white paper A02, CertificateSigned")]
    public async Task SigningRequest_IsSignedAndSent_AndTheStationReconnectsWithTheNewCertificate(OcppVersion version)
    {
        await using var csms = await TlsCsms.StartAsync(builtInCa: true);
        var id = $"CP-CA-{(version == OcppVersion.V16 ? "16" : "201")}";
        await csms.Server.Get<IChargerService>().RegisterAsync(id, ChargerRegistrationStatus.Accepted, CancellationToken.None);
        var authority = csms.Server.Get<CertificateAuthority>();
        Assert.True(authority.Enabled);
        using var bootstrap = csms.ClientCertificate(id);
        await using var station = csms.Station(id, bootstrap, version);
        var events = new StationEvents(station);
        using var api = new CommandApi(csms.Server);
        await station.StartAsync();
        await Eventually.TrueAsync(() => Task.FromResult(station.IsOnline));

        // The station accepts a signed certificate only from a CA it trusts (A02.FR.06): install the built-in one.
        var rootType = version == OcppVersion.V16 ? "CentralSystemRootCertificate" : "CSMSRootCertificate";
        await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/certificates", JsonSerializer.Serialize(new Dictionary<string, string> { ["certificate_type"] = rootType, ["certificate"] = authority.Certificate!.ExportCertificatePem() }));
        var trigger = version == OcppVersion.V16 ? "SignChargePointCertificate" : "SignChargingStationCertificate";
        await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/trigger", $$"""{"requested_message":"{{trigger}}"}""");
        await Eventually.TrueAsync(() => Task.FromResult(station.GetSignedCertificate() is not null));

        // The station keeps using this object: it is not disposed here.
        var signed = station.GetSignedCertificate()!;
        var listed = await api.OkAsync(HttpMethod.Get, $"api/chargers/{id}/client-certificates");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(signed.RawData)), listed[0].GetProperty("fingerprint").GetString());
        Assert.Equal(authority.Certificate.Subject, signed.Issuer);
        Assert.Contains($"CN={id}", signed.Subject, StringComparison.Ordinal);

        // Revoke the bootstrap certificate: from now on only the signed one gets in.
        await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/client-certificates/revocations", JsonSerializer.Serialize(new { certificate = bootstrap.ExportCertificatePem(), reason = "replaced" }));
        Assert.Equal(HttpStatusCode.Unauthorized, (await csms.HandshakeAsync(id, bootstrap)).Status);
        await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/reset", """{"type":"soft"}""");
        await Eventually.TrueAsync(() => Task.FromResult(events.Count(StationEventKind.BootAnswered) == 2 && station.IsOnline), seconds: 30);

        Assert.Equal(3, await csms.Server.Get<IChargerSecurityStore>().GetSecurityProfileAsync(id, CancellationToken.None));
        Assert.Equal(1, await csms.SecurityEventsAsync(SecurityEventType.InvalidChargingStationCertificate));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.405")]
    public async Task SigningRequest_ForAnotherName_IsNotSigned()
    {
        await using var csms = await TlsCsms.StartAsync(builtInCa: true);
        var queue = csms.Server.Get<CertificateSigningQueue>();
        await csms.Server.Get<IChargerService>().RegisterAsync("CP-CSR", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var csr = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=CP-SOMEONE-ELSE", key, HashAlgorithmName.SHA256).CreateSigningRequestPem();

        Assert.True(queue.Enqueue("CP-CSR", csr, "ChargingStationCertificate"));
        Assert.False(queue.Enqueue("CP-CSR", csr, "V2GCertificate"));
        await Eventually.TrueAsync(async () => await csms.SecurityEventsAsync(SecurityEventType.InvalidChargingStationCertificate) == 1);

        Assert.Empty(await csms.Server.Get<IChargerSecurityStore>().ListCertificatesAsync("CP-CSR", CancellationToken.None));
    }
}
