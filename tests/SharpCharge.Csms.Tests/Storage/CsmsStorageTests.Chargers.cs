using System.Text;
using SharpCharge.Csms.Domain;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    [Fact]
    public async Task Register_UnknownCharger_StoresItWithTheGivenStatus()
    {
        var charger = await Chargers.RegisterAsync("CP-NEW", ChargerRegistrationStatus.Pending, None);

        Assert.Equal(new Charger("CP-NEW", ChargerRegistrationStatus.Pending) { CreatedAt = Clock.GetUtcNow() }, charger);
        Assert.True(Logs.Contains(DomainEventIds.ChargerRegistered));
    }

    [Fact]
    public async Task Register_KnownChargerInOtherCase_ReturnsTheExistingOne()
    {
        await Chargers.RegisterAsync("CP-Case", ChargerRegistrationStatus.Accepted, None);

        var again = await Chargers.RegisterAsync("cp-case", ChargerRegistrationStatus.Pending, None);

        Assert.Equal("CP-Case", again.Id);
        Assert.Equal(ChargerRegistrationStatus.Accepted, again.RegistrationStatus);
        Assert.Single(await Chargers.ListAsync(null, None));
    }

    [Fact]
    public async Task Find_WithDifferentCase_ReturnsTheCanonicalId()
    {
        await AcceptedChargerAsync("Depot-West-07");

        var found = await Chargers.FindAsync("DEPOT-west-07", None);

        Assert.Equal("Depot-West-07", found?.Id);
        Assert.Null(await Chargers.FindAsync("Depot-West-08", None));
    }

    [Fact]
    public async Task Boot_AcceptedCharger_StoresBootDataAndAnswersTheHeartbeatInterval()
    {
        await AcceptedChargerAsync("CP-1");
        Clock.Advance(TimeSpan.FromMinutes(3));

        var result = await Chargers.BootAsync(
            new ChargerBoot("cp-1", "ACME", "Wallbox 22")
            {
                Reason = "PowerUp",
                SerialNumber = "SN-1",
                FirmwareVersion = "1.2.3",
                Iccid = "8949000000000000001",
                Imsi = "262010000000001",
                MeterType = "EM-340",
                MeterSerialNumber = "M-9",
                OcppVersion = "2.0.1",
            },
            None);

        Assert.Equal(new BootResult(ChargerRegistrationStatus.Accepted, TimeSpan.FromSeconds(300), Clock.GetUtcNow()), result);
        var charger = await Chargers.FindAsync("CP-1", None);
        Assert.NotNull(charger);
        Assert.Equal(
            ("ACME", "Wallbox 22", "SN-1", "1.2.3", "8949000000000000001", "262010000000001", "EM-340", "M-9", "2.0.1"),
            (charger.Vendor, charger.Model, charger.SerialNumber, charger.FirmwareVersion, charger.Iccid, charger.Imsi,
                charger.MeterType, charger.MeterSerialNumber, charger.OcppVersion));
        Assert.Equal(Clock.GetUtcNow(), charger.LastBootAt);
        Assert.Equal("PowerUp", charger.LastBootReason);

        var log = Assert.Single(await Events.ListBootLogAsync("CP-1", 10, None));
        Assert.Equal(("PowerUp", "ACME", "Wallbox 22", "SN-1", "1.2.3", "2.0.1", ChargerRegistrationStatus.Accepted, Clock.GetUtcNow()),
            (log.Reason, log.Vendor, log.Model, log.SerialNumber, log.FirmwareVersion, log.OcppVersion, log.Status, log.BootedAt));
    }

    [Fact]
    public async Task Boot_PendingCharger_AnswersPendingUntilAnOperatorAcceptsIt()
    {
        await Chargers.RegisterAsync("CP-P", ChargerRegistrationStatus.Pending, None);

        var pending = await Chargers.BootAsync(new ChargerBoot("CP-P", "ACME", "W1") { OcppVersion = "1.6" }, None);
        Assert.True(await Chargers.SetRegistrationStatusAsync("CP-P", ChargerRegistrationStatus.Accepted, None));
        var accepted = await Chargers.BootAsync(new ChargerBoot("CP-P", "ACME", "W1") { Reason = "Triggered" }, None);

        Assert.Equal((ChargerRegistrationStatus.Pending, TimeSpan.FromSeconds(60)), (pending.Status, pending.Interval));
        Assert.Equal((ChargerRegistrationStatus.Accepted, TimeSpan.FromSeconds(300)), (accepted.Status, accepted.Interval));
        Assert.Equal(2, (await Events.ListBootLogAsync("CP-P", 10, None)).Count);
    }

    [Fact]
    public async Task Boot_UnknownCharger_AnswersRejected()
    {
        var result = await Chargers.BootAsync(new ChargerBoot("CP-GHOST", "ACME", "W1"), None);

        Assert.Equal(ChargerRegistrationStatus.Rejected, result.Status);
        Assert.True(Logs.Contains(DomainEventIds.BootFromUnknownCharger));
    }

    [Fact]
    public async Task Heartbeat_KnownCharger_RecordsItAndReturnsTheCurrentTime()
    {
        await AcceptedChargerAsync();
        Clock.Advance(TimeSpan.FromSeconds(42));

        var now = await Chargers.HeartbeatAsync("CP-1", None);

        var charger = await Chargers.FindAsync("CP-1", None);
        Assert.Equal(Clock.GetUtcNow(), now);
        Assert.Equal((now, now), (charger?.LastHeartbeatAt, charger?.LastSeenAt));
    }

    [Fact]
    public async Task Heartbeat_BackToBack_StoresTheFirstAndThenOncePerInterval()
    {
        await AcceptedChargerAsync();
        var first = await Chargers.HeartbeatAsync("CP-1", None);
        Clock.Advance(TimeSpan.FromSeconds(30));

        var second = await Chargers.HeartbeatAsync("CP-1", None);
        var afterThirty = (await Chargers.FindAsync("CP-1", None))?.LastHeartbeatAt;
        Clock.Advance(TimeSpan.FromSeconds(31));
        var third = await Chargers.HeartbeatAsync("CP-1", None);
        var afterSixtyOne = (await Chargers.FindAsync("CP-1", None))?.LastHeartbeatAt;

        // Every answer carries the current time; the stored time moves at most once per LastSeenWriteInterval (60 s).
        Assert.Equal(first.AddSeconds(30), second);
        Assert.Equal(first, afterThirty);
        Assert.Equal(Clock.GetUtcNow(), third);
        Assert.Equal(third, afterSixtyOne);
    }

    [Fact]
    public async Task Heartbeat_FirstAfterAReconnect_IsStoredAtOnce()
    {
        await AcceptedChargerAsync();
        await Chargers.HeartbeatAsync("CP-1", None);
        Clock.Advance(TimeSpan.FromSeconds(10));
        await Chargers.MarkOfflineAsync("CP-1", None);
        await Chargers.MarkOnlineAsync("CP-1", "1.6", None);

        var now = await Chargers.HeartbeatAsync("CP-1", None);

        Assert.Equal(now, (await Chargers.FindAsync("CP-1", None))?.LastHeartbeatAt);
    }

    [Fact]
    public async Task MarkSeen_WithinTheWriteInterval_WritesOncePerInterval()
    {
        await AcceptedChargerAsync();
        var first = Clock.GetUtcNow();

        await Chargers.MarkSeenAsync("CP-1", None);
        Clock.Advance(TimeSpan.FromSeconds(30));
        await Chargers.MarkSeenAsync("CP-1", None);
        var afterThirty = (await Chargers.FindAsync("CP-1", None))?.LastSeenAt;
        Clock.Advance(TimeSpan.FromSeconds(31));
        await Chargers.MarkSeenAsync("CP-1", None);
        var afterSixtyOne = (await Chargers.FindAsync("CP-1", None))?.LastSeenAt;

        Assert.Equal(first, afterThirty);
        Assert.Equal(Clock.GetUtcNow(), afterSixtyOne);
    }

    [Fact]
    public async Task MarkOnlineThenOffline_KnownCharger_RecordsBothTimes()
    {
        await AcceptedChargerAsync();
        var connected = Clock.GetUtcNow();

        await Chargers.MarkOnlineAsync("CP-1", "1.6", None);
        var online = await Chargers.FindAsync("CP-1", None);
        Clock.Advance(TimeSpan.FromMinutes(10));
        await Chargers.MarkOfflineAsync("CP-1", None);
        var offline = await Chargers.FindAsync("CP-1", None);

        Assert.Equal((true, connected, "1.6"), (online?.Online, online?.ConnectedAt, online?.OcppVersion));
        Assert.Equal((false, connected, Clock.GetUtcNow()), (offline?.Online, offline?.ConnectedAt, offline?.DisconnectedAt));
    }

    [Fact]
    public async Task MarkOffline_OfAnOlderConnectionAfterAReconnect_LeavesTheChargerOnline()
    {
        await AcceptedChargerAsync();
        var first = await Chargers.MarkOnlineAsync("CP-1", "2.0.1", None);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await Chargers.MarkOnlineAsync("CP-1", "2.0.1", None);

        // The first connection's close arrives after the reconnect was recorded.
        await Chargers.MarkOfflineAsync("CP-1", first, None);
        Assert.True((await Chargers.FindAsync("CP-1", None))!.Online);

        await Chargers.MarkOfflineAsync("CP-1", second, None);
        Assert.False((await Chargers.FindAsync("CP-1", None))!.Online);
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task MarkOnline_OfAHandshakeRequestedBeforeTheRecordedConnection_LeavesTheLaterConnection()
    {
        // The charger gave up on a slow handshake and connected again; the abandoned one finishes last.
        await AcceptedChargerAsync();
        var abandoned = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromSeconds(6));
        var live = Clock.GetUtcNow();
        await Chargers.MarkOnlineAsync("CP-1", "2.0.1", live, None);
        Clock.Advance(TimeSpan.FromSeconds(1));

        await Chargers.MarkOnlineAsync("CP-1", "2.0.1", abandoned, None);
        await Chargers.MarkOfflineAsync("CP-1", abandoned, None);

        var charger = await Chargers.FindAsync("CP-1", None);
        Assert.Equal((true, live), (charger?.Online, charger?.ConnectedAt));
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task MarkOnline_AfterAConnectionStampedInTheFuture_RecordsTheNewConnection()
    {
        // A clock set back, or a demo's accelerated clock before a restart, left a connected-at later than now.
        await AcceptedChargerAsync();
        var now = Clock.GetUtcNow();
        await Chargers.MarkOnlineAsync("CP-1", "2.0.1", now + TimeSpan.FromHours(5), None);
        await Chargers.MarkOfflineAsync("CP-1", None);

        await Chargers.MarkOnlineAsync("CP-1", "2.0.1", now, None);

        var charger = await Chargers.FindAsync("CP-1", None);
        Assert.Equal((true, now), (charger?.Online, charger?.ConnectedAt));
    }

    [Fact]
    public async Task VerifyPassword_EachCase_ReturnsTheMatchingOutcome()
    {
        await AcceptedChargerAsync("CP-PW");
        await AcceptedChargerAsync("CP-NOPW");
        Assert.True(await Chargers.SetPasswordAsync("CP-PW", "correct horse battery", None));

        Assert.Equal(PasswordVerification.Valid, await Chargers.VerifyPasswordAsync("cp-pw", "correct horse battery"u8.ToArray(), None));
        Assert.Equal(PasswordVerification.Invalid, await Chargers.VerifyPasswordAsync("CP-PW", "wrong horse battery"u8.ToArray(), None));
        Assert.Equal(PasswordVerification.NoPasswordSet, await Chargers.VerifyPasswordAsync("CP-NOPW", "x"u8.ToArray(), None));
        Assert.Equal(PasswordVerification.UnknownCharger, await Chargers.VerifyPasswordAsync("CP-NONE", "x"u8.ToArray(), None));
        Assert.True((await Chargers.FindAsync("CP-PW", None))?.HasPassword);
    }

    [Fact]
    public async Task SetPassword_Always_StoresASaltedHashAndNeverThePlaintext()
    {
        await AcceptedChargerAsync();
        await Chargers.SetPasswordAsync("CP-1", "plain-text-secret-16", None);

        var stored = await Host.Get<IChargerStore>().GetPasswordHashAsync("CP-1", None);

        Assert.StartsWith("pbkdf2-sha256$100000$", stored?.Hash, StringComparison.Ordinal);
        Assert.DoesNotContain("plain-text-secret", stored?.Hash, StringComparison.Ordinal);
        Assert.DoesNotContain(stored!.Hash!, stored.ToString(), StringComparison.Ordinal);
        Assert.True(await Chargers.ClearPasswordAsync("CP-1", None));
        Assert.Equal(PasswordVerification.NoPasswordSet, await Chargers.VerifyPasswordAsync("CP-1", Encoding.UTF8.GetBytes("x"), None));
    }

    [Fact]
    public async Task Station_SavedWithTariff_ReadsBackAndHoldsChargers()
    {
        var station = new Station("S-9", "Harbour")
        {
            Address = "Kai 1, Hamburg",
            Latitude = 53.54,
            Longitude = 9.98,
            CapacityKw = 300,
            Tariff = new Tariff(0.49m, "EUR") { PricePerMinute = 0.01m, SessionFee = 0.99m },
        };
        await Stations.SaveAsync(station, None);
        await AcceptedChargerAsync("CP-A", "S-9");
        await AcceptedChargerAsync("CP-B");

        Assert.Equal(station, await Stations.GetAsync("S-9", None));
        Assert.Equal(["CP-A"], (await Chargers.ListAsync("S-9", None)).Select(c => c.Id));
        Assert.False(await Chargers.AssignStationAsync("CP-B", "S-NONE", None));
        Assert.True(await Stations.DeleteAsync("S-9", None));
        Assert.Null((await Chargers.FindAsync("CP-A", None))?.StationId);
    }
}
