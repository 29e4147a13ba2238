using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    [Fact]
    public async Task RecordStatus_FirmwareDiagnosticsAndLog_AreListedByKind()
    {
        await AcceptedChargerAsync();

        await Events.RecordStatusAsync("CP-1", ChargerStatusEventKind.Firmware, "Downloading", 3, None);
        await Events.RecordStatusAsync("CP-1", ChargerStatusEventKind.Firmware, "Installed", 3, None);
        await Events.RecordStatusAsync("CP-1", ChargerStatusEventKind.Diagnostics, "Uploaded", null, None);
        await Events.RecordStatusAsync("CP-1", ChargerStatusEventKind.Log, "UploadFailure", 9, None);

        var firmware = await Events.ListStatusEventsAsync("CP-1", ChargerStatusEventKind.Firmware, 10, None);
        Assert.Equal([("Installed", (int?)3), ("Downloading", 3)], firmware.Select(e => (e.Status, e.RequestId)));
        Assert.Equal(4, (await Events.ListStatusEventsAsync("CP-1", null, 10, None)).Count);
        Assert.Null((await Events.ListStatusEventsAsync("CP-1", ChargerStatusEventKind.Diagnostics, 10, None))[0].RequestId);
    }

    [Fact]
    public async Task RecordSecurityEvent_UnknownType_IsKeptWithItsDetails()
    {
        await AcceptedChargerAsync();

        await Events.RecordSecurityEventAsync("CP-1", "VendorSpecificTamper", At(-5), "{\"door\":\"open\"}", None);

        var stored = Assert.Single(await Events.ListSecurityEventsAsync("CP-1", 10, None));
        Assert.Equal(
            new SecurityEvent(stored.Id, "CP-1", "VendorSpecificTamper", At(-5), Clock.GetUtcNow()) { TechInfo = "{\"door\":\"open\"}" },
            stored);
    }

    [Fact]
    public async Task RecordCertificateSigningRequest_Always_IsStoredAsReceived()
    {
        await AcceptedChargerAsync();

        var id = await Events.RecordCertificateSigningRequestAsync("CP-1", "-----BEGIN CERTIFICATE REQUEST-----\nMIIB", "V2GCertificate", None);

        var stored = Assert.Single(await Events.ListCertificateSigningRequestsAsync(null, 10, None));
        Assert.Equal((id, "received", "V2GCertificate"), (stored.Id, stored.Status, stored.CertificateType));
        Assert.StartsWith("-----BEGIN CERTIFICATE REQUEST-----", stored.Csr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordNotification_MultiPartReport_IsKeptVerbatimAndFoundByRequestId()
    {
        await AcceptedChargerAsync();
        const string Part0 = "{\"requestId\":4,\"seqNo\":0,\"tbc\":true,\"reportData\":[{\"component\":{\"name\":\"EVSE\"}}]}";

        await Events.RecordNotificationAsync(
            new NotificationReport("CP-1", ChargerNotificationKind.NotifyReport, Part0) { RequestId = 4, SeqNo = 0, Tbc = true, GeneratedAt = At(-1) }, None);
        await Events.RecordNotificationAsync(
            new NotificationReport("CP-1", ChargerNotificationKind.NotifyReport, "{}") { RequestId = 4, SeqNo = 1, Tbc = false }, None);
        await Events.RecordNotificationAsync(new NotificationReport("CP-1", ChargerNotificationKind.NotifyEvent, "{\"seqNo\":0}"), None);

        var report = await Events.ListNotificationsAsync("CP-1", ChargerNotificationKind.NotifyReport, 4, 10, None);
        Assert.Equal([(1, false), (0, true)], report.Select(n => (n.Report.SeqNo ?? -1, n.Report.Tbc ?? false)));
        Assert.Equal(Part0, report[1].Report.PayloadJson);
        Assert.Equal(At(-1), report[1].Report.GeneratedAt);
        var other = Assert.Single(await Events.ListNotificationsAsync("CP-1", ChargerNotificationKind.NotifyEvent, null, 10, None));
        Assert.Null(other.Report.Tbc);
    }

    [Fact]
    public async Task AppendProtocolLog_Disabled_StoresNothing()
    {
        await AcceptedChargerAsync();

        await Events.AppendProtocolLogAsync("CP-1", MessageDirection.Incoming, ProtocolMessageType.Call, "m1", "Heartbeat", "{}", None);

        Assert.Empty(await Events.ListProtocolLogAsync("CP-1", 10, None));
    }

    [Fact]
    public async Task AppendProtocolLog_Enabled_StoresEveryFrame()
    {
        await RestartAsync(new Dictionary<string, string?> { ["Csms:ProtocolLogEnabled"] = "true" });

        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Incoming, ProtocolMessageType.Call, "m1", "Heartbeat", "[2,\"m1\",\"Heartbeat\",{}]", None);
        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Outgoing, ProtocolMessageType.CallResult, "m1", null, "[3,\"m1\",{}]", None);

        var log = await Events.ListProtocolLogAsync("CP-X", 10, None);
        Assert.Equal(
            [(MessageDirection.Outgoing, ProtocolMessageType.CallResult, (string?)null), (MessageDirection.Incoming, ProtocolMessageType.Call, "Heartbeat")],
            log.Select(e => (e.Direction, e.MessageType, e.Action)));
    }

    [Fact]
    public async Task AppendProtocolLog_ErrorsMode_KeepsOnlyCallErrorsAndUnreadableFrames()
    {
        await RestartAsync(new Dictionary<string, string?> { ["Csms:ProtocolLog"] = "Errors" });

        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Incoming, ProtocolMessageType.Call, "m1", "Heartbeat", "[2,\"m1\",\"Heartbeat\",{}]", None);
        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Outgoing, ProtocolMessageType.CallResult, "m1", null, "[3,\"m1\",{}]", None);
        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Outgoing, ProtocolMessageType.CallError, "m2", null, "[4,\"m2\",\"NotImplemented\",\"\",{}]", None);
        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Incoming, ProtocolMessageType.CallResultError, "m3", null, "[5,\"m3\",\"GenericError\",\"\",{}]", None);
        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Incoming, ProtocolMessageType.CallError, string.Empty, null, "not json", None);

        var log = await Events.ListProtocolLogAsync("CP-X", 10, None);
        Assert.Equal(["not json", "[5,\"m3\",\"GenericError\",\"\",{}]", "[4,\"m2\",\"NotImplemented\",\"\",{}]"], log.Select(e => e.Payload));
    }

    [Fact]
    public async Task PurgeProtocolLog_DeletesRowsOlderThanTheRetention_AndKeepsNewerOnes()
    {
        await RestartAsync(new Dictionary<string, string?> { ["Csms:ProtocolLog"] = "All", ["Csms:ProtocolLogRetentionDays"] = "7" });
        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Incoming, ProtocolMessageType.Call, "old", "Heartbeat", "[2,\"old\",\"Heartbeat\",{}]", None);
        Clock.Advance(TimeSpan.FromDays(6));
        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Incoming, ProtocolMessageType.Call, "new", "Heartbeat", "[2,\"new\",\"Heartbeat\",{}]", None);
        Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var deleted = await Events.PurgeProtocolLogAsync(None);

        Assert.Equal(1, deleted);
        Assert.Equal(["new"], (await Events.ListProtocolLogAsync("CP-X", 10, None)).Select(e => e.MessageId));
        Assert.Equal(0, await Events.PurgeProtocolLogAsync(None));
    }

    [Fact]
    public async Task PurgeProtocolLog_WithRetentionZero_KeepsEverything()
    {
        await RestartAsync(new Dictionary<string, string?> { ["Csms:ProtocolLog"] = "All", ["Csms:ProtocolLogRetentionDays"] = "0" });
        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Incoming, ProtocolMessageType.Call, "old", "Heartbeat", "[]", None);
        Clock.Advance(TimeSpan.FromDays(3650));

        Assert.Equal(0, await Events.PurgeProtocolLogAsync(None));
        Assert.Single(await Events.ListProtocolLogAsync("CP-X", 10, None));
    }

    [Fact]
    public async Task ProtocolLogRetentionJob_DeletesOldRows_WhenTheServerStarts()
    {
        await RestartAsync(new Dictionary<string, string?> { ["Csms:ProtocolLog"] = "All", ["Csms:ProtocolLogRetentionDays"] = "1" });
        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Incoming, ProtocolMessageType.Call, "old", "Heartbeat", "[]", None);
        Clock.Advance(TimeSpan.FromDays(2));
        await Events.AppendProtocolLogAsync("CP-X", MessageDirection.Incoming, ProtocolMessageType.Call, "new", "Heartbeat", "[]", None);

        // The job runs once at start, then hourly.
        await RestartAsync(new Dictionary<string, string?> { ["Csms:ProtocolLog"] = "All", ["Csms:ProtocolLogRetentionDays"] = "1" });

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await Events.ListProtocolLogAsync("CP-X", 10, None)).Count > 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(["new"], (await Events.ListProtocolLogAsync("CP-X", 10, None)).Select(e => e.MessageId));
        Assert.True(Logs.Contains(SharpCharge.Csms.Domain.DomainEventIds.ProtocolLogPurged));
    }

    [Fact]
    public async Task DailyStats_EndedSessions_AreSummedPerChargerAndDay()
    {
        await TariffStationAsync();
        await AcceptedChargerAsync("CP-A", "S-1");
        await AcceptedChargerAsync("CP-B");
        await EndedSessionAsync("CP-A", 1, startMinute: 0, minutes: 60, wh: 10_000m);        // day 1: 3 + 3 + 1 = 7.00
        await EndedSessionAsync("CP-A", 2, startMinute: 120, minutes: 30, wh: 5_000m);       // day 1: 1.5 + 1.5 + 1 = 4.00
        await EndedSessionAsync("CP-A", 1, startMinute: 24 * 60, minutes: 10, wh: 1_000m);   // day 2: 0.3 + 0.5 + 1 = 1.80
        await EndedSessionAsync("CP-B", 1, startMinute: 0, minutes: 60, wh: 7_000m);         // day 1, no tariff
        await StartedTransactionAsync("CP-B", 2, "RUNNING", 5);                              // running: not counted

        var stats = await Transactions.GetDailyStatsAsync(DateOnly.FromDateTime(At(0).UtcDateTime), DateOnly.FromDateTime(At(24 * 60).UtcDateTime), null, None);

        var day1 = DateOnly.FromDateTime(At(0).UtcDateTime);
        Assert.Equal(
            [
                new ChargerDailyStats("CP-A", day1, 2, 15_000m, 11m, "EUR"),
                new ChargerDailyStats("CP-A", day1.AddDays(1), 1, 1_000m, 1.8m, "EUR"),
                new ChargerDailyStats("CP-B", day1, 1, 7_000m, 0m, null),
            ],
            stats);
        Assert.Single(await Transactions.GetDailyStatsAsync(day1.AddDays(1), day1.AddDays(1), "CP-A", None));
    }

    private async Task EndedSessionAsync(string chargerId, int evseId, int startMinute, int minutes, decimal wh)
    {
        var start = await Transactions.StartAsync(
            new TransactionStart(chargerId, evseId, 1, new SharpCharge.Csms.Domain.Authorization.IdToken($"T-{chargerId}-{startMinute}"), At(startMinute), 0m), None);
        await Transactions.StopAsync(new TransactionStop(chargerId, start.TransactionId, At(startMinute + minutes), wh), None);
    }
}
