using System.Net;
using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.Security;

/// <summary>
/// Repeated wrong passwords over real sockets: a charger id, and a source address, are locked out after the configured
/// number of failures (429 with Retry-After, even for the right password), every failure and lock-out is a security
/// event, and the lock ends after its time.
/// </summary>
public sealed class LockoutTests
{
    private const string Password = "lockout-password-0123";

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.202-207 (Basic auth); security event FailedToAuthenticateAtCsms")]
    public async Task WrongPasswords_LockTheChargerId_UntilTheLockEnds()
    {
        await using var csms = await TlsCsms.StartAsync(new Dictionary<string, string?>
        {
            ["Security:ChargerFailuresBeforeLockout"] = "3",
            ["Security:AddressFailuresBeforeLockout"] = "100",
            ["Security:LockoutDuration"] = "00:00:02",
        });
        var chargers = csms.Server.Get<IChargerService>();
        await chargers.RegisterAsync("CP-GUESS", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await chargers.SetPasswordAsync("CP-GUESS", Password, CancellationToken.None);
        await chargers.RegisterAsync("CP-OTHER", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await chargers.SetPasswordAsync("CP-OTHER", Password, CancellationToken.None);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await csms.HandshakeAsync("CP-GUESS", tls: false, password: $"guess-{i}-0123456789")).Status);
        }

        var (locked, retryAfter) = await csms.HandshakeAsync("CP-GUESS", tls: false, password: Password);
        var other = await csms.HandshakeAsync("CP-OTHER", tls: false, password: Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked);
        Assert.InRange(int.Parse(retryAfter!, System.Globalization.CultureInfo.InvariantCulture), 1, 2);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, other.Status);
        Assert.Equal(3, await csms.SecurityEventsAsync(SecurityEventType.FailedToAuthenticateAtCsms));
        Assert.Equal(1, await csms.SecurityEventsAsync(SecurityEventType.LockedOut));

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await csms.HandshakeAsync("CP-GUESS", tls: false, password: Password)).Status);
    }

    [Fact]
    public async Task WrongPasswordsForManyChargers_LockTheSourceAddress()
    {
        await using var csms = await TlsCsms.StartAsync(new Dictionary<string, string?>
        {
            ["Security:ChargerFailuresBeforeLockout"] = "100",
            ["Security:AddressFailuresBeforeLockout"] = "4",
            ["Security:LockoutDuration"] = "00:01:00",
        });
        var chargers = csms.Server.Get<IChargerService>();
        for (var i = 0; i < 5; i++)
        {
            await chargers.RegisterAsync($"CP-SPRAY-{i}", ChargerRegistrationStatus.Accepted, CancellationToken.None);
            await chargers.SetPasswordAsync($"CP-SPRAY-{i}", Password, CancellationToken.None);
        }

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await csms.HandshakeAsync($"CP-SPRAY-{i}", tls: false, password: "wrong-password-0123456789")).Status);
        }

        // The fifth charger was never guessed at, but the address is locked: the right password is refused too.
        var (status, retryAfter) = await csms.HandshakeAsync("CP-SPRAY-4", tls: false, password: Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.InRange(int.Parse(retryAfter!, System.Globalization.CultureInfo.InvariantCulture), 50, 60);
        Assert.Equal(1, await csms.SecurityEventsAsync(SecurityEventType.LockedOut));
    }

    [Fact]
    public async Task CorrectPassword_ClearsTheChargersFailures()
    {
        await using var csms = await TlsCsms.StartAsync(new Dictionary<string, string?>
        {
            ["Security:ChargerFailuresBeforeLockout"] = "2",
            ["Security:AddressFailuresBeforeLockout"] = "100",
        });
        var chargers = csms.Server.Get<IChargerService>();
        await chargers.RegisterAsync("CP-TYPO", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await chargers.SetPasswordAsync("CP-TYPO", Password, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, (await csms.HandshakeAsync("CP-TYPO", tls: false, password: "typo-0123456789-abcd")).Status);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await csms.HandshakeAsync("CP-TYPO", tls: false, password: Password)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await csms.HandshakeAsync("CP-TYPO", tls: false, password: "typo-0123456789-abcd")).Status);

        Assert.Equal(HttpStatusCode.SwitchingProtocols, (await csms.HandshakeAsync("CP-TYPO", tls: false, password: Password)).Status);
    }
}
