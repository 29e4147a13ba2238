using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Storage.Sql;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    private SqlChargerSecurityStore SecurityStore => new(Host.Get<SqlDialect>());

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A05.FR.07, A00.FR.005")]
    public async Task SecurityProfile_OnlyRises_AndIsForgottenWhenTheChargerIsDeletedAndRegisteredAgain()
    {
        await Chargers.RegisterAsync("CP-SEC", ChargerRegistrationStatus.Accepted, None);
        var store = SecurityStore;

        Assert.Equal(0, await store.GetSecurityProfileAsync("cp-sec", None));
        Assert.True(await store.RaiseSecurityProfileAsync("CP-SEC", 2, Start, None));
        Assert.True(await store.RaiseSecurityProfileAsync("CP-SEC", 1, Start, None));
        Assert.Equal(2, await store.GetSecurityProfileAsync("CP-SEC", None));
        Assert.True(await store.RaiseSecurityProfileAsync("CP-SEC", 3, Start, None));
        Assert.Equal(3, await store.GetSecurityProfileAsync("CP-SEC", None));
        Assert.False(await store.RaiseSecurityProfileAsync("CP-NONE", 3, Start, None));
        Assert.Null(await store.GetSecurityProfileAsync("CP-NONE", None));

        await Chargers.DeleteAsync("CP-SEC", None);
        Assert.Null(await store.GetSecurityProfileAsync("CP-SEC", None));
        await Chargers.RegisterAsync("CP-SEC", ChargerRegistrationStatus.Accepted, None);
        Assert.Equal(0, await store.GetSecurityProfileAsync("CP-SEC", None));
    }

    [Fact]
    public async Task ClientCertificates_IssuedAreListed_RevokedAreRefused_AndARevocationKeepsItsFirstReason()
    {
        await Chargers.RegisterAsync("CP-CERT", ChargerRegistrationStatus.Accepted, None);
        var store = SecurityStore;
        var issued = new ChargerCertificate(new string('a', 64), "CP-CERT")
        {
            SerialNumber = "0A1B",
            Subject = "CN=CP-CERT",
            NotBefore = Start,
            NotAfter = Start.AddDays(365),
            Pem = "-----BEGIN CERTIFICATE-----",
            IssuedAt = Start,
        };
        await store.AddCertificateAsync(issued, None);

        Assert.False(await store.IsRevokedAsync(issued.Fingerprint, None));
        var revoked = await store.RevokeAsync("CP-CERT", issued.Fingerprint, "key leaked", Start.AddHours(1), None);
        var again = await store.RevokeAsync("CP-CERT", issued.Fingerprint, "second reason", Start.AddHours(2), None);
        var external = await store.RevokeAsync("CP-CERT", new string('b', 64), null, Start.AddHours(3), None);

        Assert.True(await store.IsRevokedAsync(issued.Fingerprint, None));
        Assert.True(await store.IsRevokedAsync(external.Fingerprint, None));
        Assert.False(await store.IsRevokedAsync(new string('c', 64), None));
        Assert.Equal(("0A1B", Start.AddHours(1), "key leaked"), (revoked.SerialNumber, revoked.RevokedAt, revoked.RevokeReason));
        Assert.Equal((Start.AddHours(1), "key leaked"), (again.RevokedAt, again.RevokeReason));
        var listed = await store.ListCertificatesAsync("cp-cert", None);
        Assert.Equal(2, listed.Count);
        Assert.Contains(listed, c => c.Fingerprint == issued.Fingerprint && c.Pem == issued.Pem && c.NotAfter == Start.AddDays(365));
    }
}
