using System.Net;
using System.Text.Json;
using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.Security;

/// <summary>
/// Security profile 3 over real TLS: a charger's client certificate must chain to the configured CA and name the
/// charger in its CN; revoked certificates, certificates of other CAs and chargers without one are refused; a
/// charger's recorded profile never goes down.
/// </summary>
public sealed class ClientCertificateTests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.401-405; 1.6 security white paper §2.5")]
    public async Task ValidCertificate_TheStationConnectsBootsAndIsRecordedAtProfile3()
    {
        await using var csms = await TlsCsms.StartAsync();
        await csms.Server.Get<IChargerService>().RegisterAsync("CP-MTLS", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        using var certificate = csms.ClientCertificate("CP-MTLS");
        await using var station = csms.Station("CP-MTLS", certificate);

        await station.StartAsync();
        await Eventually.TrueAsync(() => Task.FromResult(station.IsOnline));

        Assert.Equal(3, await csms.Server.Get<IChargerSecurityStore>().GetSecurityProfileAsync("CP-MTLS", CancellationToken.None));
        Assert.Equal(0, await csms.SecurityEventsAsync(SecurityEventType.InvalidChargingStationCertificate));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.403, A00.FR.407, A00.FR.408")]
    public async Task CertificateOfAnotherCa_IsRefusedAndLoggedAsASecurityEvent()
    {
        await using var csms = await TlsCsms.StartAsync();
        await csms.Server.Get<IChargerService>().RegisterAsync("CP-ROGUE", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        using var rogueCa = TestCertificates.Root(DateTimeOffset.UtcNow, "CN=Rogue CA");
        using var certificate = csms.ClientCertificate("CP-ROGUE", rogueCa);

        var (status, _) = await csms.HandshakeAsync("CP-ROGUE", certificate);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(1, await csms.SecurityEventsAsync(SecurityEventType.InvalidChargingStationCertificate));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.405, A00.FR.511")]
    public async Task CertificateNamingAnotherCharger_IsRefused()
    {
        await using var csms = await TlsCsms.StartAsync();
        var chargers = csms.Server.Get<IChargerService>();
        await chargers.RegisterAsync("CP-A", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await chargers.RegisterAsync("CP-B", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        using var certificateOfB = csms.ClientCertificate("CP-B");

        Assert.Equal(HttpStatusCode.Unauthorized, (await csms.HandshakeAsync("CP-A", certificateOfB)).Status);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await csms.HandshakeAsync("CP-B", certificateOfB)).Status);
    }

    [Fact]
    public async Task RevokedCertificate_IsRefusedAtTheNextHandshake_AndTheRevocationIsListed()
    {
        await using var csms = await TlsCsms.StartAsync();
        await csms.Server.Get<IChargerService>().RegisterAsync("CP-REV", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        using var certificate = csms.ClientCertificate("CP-REV");
        using var api = new CommandApi(csms.Server);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await csms.HandshakeAsync("CP-REV", certificate)).Status);

        var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(certificate.RawData));
        var colons = string.Join(':', Enumerable.Range(0, 32).Select(i => fingerprint.Substring(i * 2, 2)));
        var revoked = await api.OkAsync(HttpMethod.Post, "api/chargers/CP-REV/client-certificates/revocations", JsonSerializer.Serialize(new { fingerprint = colons, reason = "key leaked" }));

        Assert.Equal(fingerprint.ToLowerInvariant(), revoked.GetProperty("fingerprint").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await csms.HandshakeAsync("CP-REV", certificate)).Status);
        var listed = await api.OkAsync(HttpMethod.Get, "api/chargers/CP-REV/client-certificates");
        Assert.Equal("key leaked", listed[0].GetProperty("revoke_reason").GetString());
        Assert.Equal(1, await csms.SecurityEventsAsync(SecurityEventType.CertificateRevoked));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.002, A05.FR.07")]
    public async Task ChargerAtProfile3_WithoutACertificate_IsRefusedOverWssAndWs()
    {
        await using var csms = await TlsCsms.StartAsync();
        var chargers = csms.Server.Get<IChargerService>();
        await chargers.RegisterAsync("CP-P3", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await chargers.SetPasswordAsync("CP-P3", "p3-password-0123456789", CancellationToken.None);
        using var certificate = csms.ClientCertificate("CP-P3");
        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await csms.HandshakeAsync("CP-P3", certificate)).Status);

        // The right password no longer helps: the charger has shown it can do profile 3.
        Assert.Equal(HttpStatusCode.Forbidden, (await csms.HandshakeAsync("CP-P3", null, tls: true, password: "p3-password-0123456789")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await csms.HandshakeAsync("CP-P3", null, tls: false, password: "p3-password-0123456789")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await csms.HandshakeAsync("CP-P3", null, tls: false)).Status);
        Assert.Equal(3, await csms.SecurityEventsAsync(SecurityEventType.SecurityProfileDowngrade));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.002, A05.FR.07")]
    public async Task ChargerSeenAtProfile2_IsRefusedOverPlainWs_EvenWithItsPassword()
    {
        await using var csms = await TlsCsms.StartAsync();
        var chargers = csms.Server.Get<IChargerService>();
        await chargers.RegisterAsync("CP-P2", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await chargers.SetPasswordAsync("CP-P2", "p2-password-0123456789", CancellationToken.None);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await csms.HandshakeAsync("CP-P2", null, tls: false, password: "p2-password-0123456789")).Status);

        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await csms.HandshakeAsync("CP-P2", null, tls: true, password: "p2-password-0123456789")).Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await csms.HandshakeAsync("CP-P2", null, tls: false, password: "p2-password-0123456789")).Status);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await csms.HandshakeAsync("CP-P2", null, tls: true, password: "p2-password-0123456789")).Status);
        Assert.Equal(2, await csms.Server.Get<IChargerSecurityStore>().GetSecurityProfileAsync("CP-P2", CancellationToken.None));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.005")]
    public async Task SecurityProfileRoute_RaisesButNeverLowers()
    {
        await using var csms = await TlsCsms.StartAsync();
        await csms.Server.Get<IChargerService>().RegisterAsync("CP-RAISE", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        using var api = new CommandApi(csms.Server);

        var raised = await api.OkAsync(HttpMethod.Put, "api/chargers/CP-RAISE/security-profile", """{"security_profile":2}""");
        var (lowered, problem) = await api.PutAsync("api/chargers/CP-RAISE/security-profile", """{"security_profile":1}""");
        var (invalid, invalidProblem) = await api.PutAsync("api/chargers/CP-RAISE/security-profile", """{"security_profile":4}""");
        var (unknown, _) = await api.GetAsync("api/chargers/CP-NOBODY/security-profile");

        Assert.Equal(2, raised.GetProperty("security_profile").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, lowered);
        Assert.Contains("cannot be lowered", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.True(invalidProblem.GetProperty("errors").TryGetProperty("security_profile", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(2, (await api.OkAsync(HttpMethod.Get, "api/chargers/CP-RAISE/security-profile")).GetProperty("security_profile").GetInt32());

        // Raised by the operator to 2: the charger may no longer use plain ws://, nor TLS without its password.
        Assert.Equal(HttpStatusCode.Forbidden, (await csms.HandshakeAsync("CP-RAISE", null, tls: false)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await csms.HandshakeAsync("CP-RAISE", null, tls: true)).Status);
    }
}
