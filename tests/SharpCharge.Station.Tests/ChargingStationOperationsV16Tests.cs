using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Station.Model;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>The other 1.6 requests of a central system, each with its behaviour.</summary>
public sealed class ChargingStationOperationsV16Tests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.2 ChangeAvailability")]
    public async Task ChangeAvailability_IdleNowBusyScheduled_AndBackToOperative()
    {
        MiniCentralSystem16? central = null;
        var options = StationHarness.Options(OcppVersion.V16);
        options.Evses = [1, 1];
        await using var harness = await StartAsync(options, time => central = new MiniCentralSystem16(time));
        await harness.Station.StartSessionAsync(2, "TAG-1");

        var idle = await harness.Connector.Server.CallAsync(new ChangeAvailabilityRequest { ConnectorId = 1, Type = AvailabilityType.Inoperative });
        var busy = await harness.Connector.Server.CallAsync(new ChangeAvailabilityRequest { ConnectorId = 2, Type = AvailabilityType.Inoperative });
        var refused = await harness.Connector.Server.CallAsync(new RemoteStartTransactionRequest { IdTag = "TAG-1", ConnectorId = 1 });
        Assert.Equal(ConnectorStatus.Charging, harness.Station.GetConnectorStatus(2));
        harness.Station.StopSession(2);
        var back = await harness.Connector.Server.CallAsync(new ChangeAvailabilityRequest { ConnectorId = 1, Type = AvailabilityType.Operative });

        Assert.Equal(AvailabilityStatus.Accepted, idle.Status);
        Assert.Equal(AvailabilityStatus.Scheduled, busy.Status);
        Assert.Equal(RemoteStartStopStatus.Rejected, refused.Status);
        Assert.Equal(AvailabilityStatus.Accepted, back.Status);
        Assert.Equal(ConnectorStatus.Unavailable, harness.Station.GetConnectorStatus(2));
        Assert.Equal(ConnectorStatus.Available, harness.Station.GetConnectorStatus(1));
        // Reports of one connector coalesce while waiting, so the last one per connector is what counts.
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<StatusNotificationRequest>().LastOrDefault(s => s.ConnectorId == 2)?.Status == ChargePointStatus.Unavailable));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.17 UnlockConnector, errata: unknown connector is NotSupported")]
    public async Task UnlockConnector_WithSession_StopsItWithUnlockCommand()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartAsync(StationHarness.Options(OcppVersion.V16), time => central = new MiniCentralSystem16(time));
        await harness.Station.StartSessionAsync(1, "TAG-1");

        var unlocked = await harness.Connector.Server.CallAsync(new UnlockConnectorRequest { ConnectorId = 1 });
        var unknown = await harness.Connector.Server.CallAsync(new UnlockConnectorRequest { ConnectorId = 9 });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<StopTransactionRequest>().Count == 1));

        Assert.Equal(UnlockStatus.Unlocked, unlocked.Status);
        Assert.Equal(UnlockStatus.NotSupported, unknown.Status);
        Assert.Equal(Reason.UnlockCommand, central!.All<StopTransactionRequest>()[0].Reason);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.6 DataTransfer")]
    public async Task DataTransfer_UnknownVendorOrMessage_OrAnsweredByTheHandler()
    {
        var options = StationHarness.Options(OcppVersion.V16);
        await using var plain = await StartAsync(options, time => new MiniCentralSystem16(time));
        var vendor = await plain.Connector.Server.CallAsync(new DataTransferRequest { VendorId = "com.other" });
        var message = await plain.Connector.Server.CallAsync(new DataTransferRequest { VendorId = "SharpCharge", MessageId = "x" });

        var handled = StationHarness.Options(OcppVersion.V16, "CP-2");
        handled.DataTransferHandler = (vendorId, messageId, data) => ("Accepted", $"{vendorId}/{messageId}/{data}");
        await using var custom = await StartAsync(handled, time => new MiniCentralSystem16(time));
        var accepted = await custom.Connector.Server.CallAsync(new DataTransferRequest { VendorId = "com.acme", MessageId = "ping", Data = "1" });

        Assert.Equal(DataTransferStatus.UnknownVendorId, vendor.Status);
        Assert.Equal(DataTransferStatus.UnknownMessageId, message.Status);
        Assert.Equal(DataTransferStatus.Accepted, accepted.Status);
        Assert.Equal("com.acme/ping/1", accepted.Data);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.13 ReserveNow, §5.1 CancelReservation, OCPP-NOTES §4.12")]
    public async Task ReserveNow_OnlyTheReservedTagStarts_AndTheReservationIdIsSent()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartAsync(StationHarness.Options(OcppVersion.V16), time => central = new MiniCentralSystem16(time));
        var server = harness.Connector.Server;

        var reserved = await server.CallAsync(new ReserveNowRequest { ConnectorId = 1, ReservationId = 5, IdTag = "TAG-1", ExpiryDate = harness.Time.GetUtcNow().AddMinutes(30) });
        var other = await server.CallAsync(new ReserveNowRequest { ConnectorId = 1, ReservationId = 6, IdTag = "TAG-2", ExpiryDate = harness.Time.GetUtcNow().AddMinutes(30) });
        var anyConnector = await server.CallAsync(new ReserveNowRequest { ConnectorId = 0, ReservationId = 7, IdTag = "TAG-2", ExpiryDate = harness.Time.GetUtcNow().AddMinutes(30) });
        var cancelUnknown = await server.CallAsync(new CancelReservationRequest { ReservationId = 99 });
        Assert.Equal(ConnectorStatus.Reserved, harness.Station.GetConnectorStatus(1));
        Assert.Equal(SessionStartOutcome.EvseBusy, await harness.Station.StartSessionAsync(1, "STRANGER"));
        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "TAG-1"));
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<StartTransactionRequest>().Count == 1));

        Assert.Equal(ReservationStatus.Accepted, reserved.Status);
        Assert.Equal(ReservationStatus.Occupied, other.Status);
        Assert.Equal(ReservationStatus.Rejected, anyConnector.Status);
        Assert.Equal(CancelReservationStatus.Rejected, cancelUnknown.Status);
        Assert.Equal(5, central!.All<StartTransactionRequest>()[0].ReservationId);
        Assert.Contains(central.All<StatusNotificationRequest>(), s => s.Status == ChargePointStatus.Reserved);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.12: an expired reservation frees the connector")]
    public async Task ReserveNow_Expires_ConnectorAvailableAgain()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartAsync(StationHarness.Options(OcppVersion.V16), time => central = new MiniCentralSystem16(time));
        await harness.Connector.Server.CallAsync(new ReserveNowRequest { ConnectorId = 1, ReservationId = 5, IdTag = "TAG-1", ExpiryDate = harness.Time.GetUtcNow().AddMinutes(2) });

        await harness.AdvanceUntilAsync(() => harness.Station.GetConnectorStatus(1) == ConnectorStatus.Available, TimeSpan.FromSeconds(10));

        await Eventually.TrueAsync(() => Task.FromResult(central!.All<StatusNotificationRequest>().LastOrDefault()?.Status == ChargePointStatus.Available));
        Assert.InRange(harness.Time.GetUtcNow() - new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.17 TriggerMessage, OCPP-NOTES §4.10")]
    public async Task TriggerMessage_SendsTheRequestedMessageAfterAnswering()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartAsync(StationHarness.Options(OcppVersion.V16), time => central = new MiniCentralSystem16(time));
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.QueuedMessageCount == 0));
        var statusBefore = central!.All<StatusNotificationRequest>().Count;

        var status = await harness.Connector.Server.CallAsync(new TriggerMessageRequest { RequestedMessage = MessageTrigger.StatusNotification, ConnectorId = 1 });
        var meter = await harness.Connector.Server.CallAsync(new TriggerMessageRequest { RequestedMessage = MessageTrigger.MeterValues, ConnectorId = 1 });
        var heartbeat = await harness.Connector.Server.CallAsync(new TriggerMessageRequest { RequestedMessage = MessageTrigger.Heartbeat });
        var firmware = await harness.Connector.Server.CallAsync(new TriggerMessageRequest { RequestedMessage = MessageTrigger.FirmwareStatusNotification });
        var log = await harness.Connector.Server.CallAsync(new ExtendedTriggerMessageRequest { RequestedMessage = MessageTriggerEnumType.LogStatusNotification });
        var sign = await harness.Connector.Server.CallAsync(new ExtendedTriggerMessageRequest { RequestedMessage = MessageTriggerEnumType.SignChargePointCertificate });
        await Eventually.TrueAsync(() => Task.FromResult(central.All<LogStatusNotificationRequest>().Count == 1));

        Assert.All([status.Status, meter.Status, heartbeat.Status, firmware.Status], s => Assert.Equal(TriggerMessageStatus.Accepted, s));
        Assert.Equal(TriggerMessageStatusEnumType.Accepted, log.Status);
        Assert.Equal(TriggerMessageStatusEnumType.Accepted, sign.Status);
        Assert.Equal(statusBefore + 1, central.All<StatusNotificationRequest>().Count);
        Assert.Equal(ReadingContext.Trigger, Assert.Single(central.All<MeterValuesRequest>()).MeterValue[0].SampledValue[0].Context);
        Assert.Single(central.All<HeartbeatRequest>());
        Assert.Equal(FirmwareStatus.Idle, Assert.Single(central.All<FirmwareStatusNotificationRequest>()).Status);
        Assert.Equal(UploadLogStatusEnumType.Idle, central.All<LogStatusNotificationRequest>()[0].Status);
    }

    [Theory]
    [Trait("Spec", "OCPP 1.6 §5.16 UpdateFirmware, OCPP-NOTES §4.14")]
    [InlineData(FirmwareFailure.None, new[] { FirmwareStatus.Downloading, FirmwareStatus.Downloaded, FirmwareStatus.Installing, FirmwareStatus.Installed })]
    [InlineData(FirmwareFailure.Download, new[] { FirmwareStatus.Downloading, FirmwareStatus.DownloadFailed })]
    [InlineData(FirmwareFailure.Installation, new[] { FirmwareStatus.Downloading, FirmwareStatus.Downloaded, FirmwareStatus.Installing, FirmwareStatus.InstallationFailed })]
    public async Task UpdateFirmware_ReportsEachStepAndRebootsAfterInstalling(FirmwareFailure failure, FirmwareStatus[] expected)
    {
        MiniCentralSystem16? central = null;
        var options = StationHarness.Options(OcppVersion.V16);
        options.FirmwareFailure = failure;
        await using var harness = await StartAsync(options, time => central = new MiniCentralSystem16(time));

        await harness.Connector.Server.CallAsync(new UpdateFirmwareRequest { Location = "https://example.test/fw.bin", RetrieveDate = harness.Time.GetUtcNow() });
        await harness.AdvanceUntilAsync(() => central!.All<FirmwareStatusNotificationRequest>().Count == expected.Length, Second);
        await Task.Delay(50);

        Assert.Equal(expected, central!.All<FirmwareStatusNotificationRequest>().Select(f => f.Status));
        Assert.Equal(failure == FirmwareFailure.None ? 2 : 1, central.All<BootNotificationRequest>().Count);
        if (failure == FirmwareFailure.None)
        {
            Assert.Contains(central.All<SecurityEventNotificationRequest>(), e => e.Type == "FirmwareUpdated");
        }
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.9 GetDiagnostics")]
    public async Task GetDiagnostics_NamesTheFileThenUploadsIt()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartAsync(StationHarness.Options(OcppVersion.V16), time => central = new MiniCentralSystem16(time));

        var answer = await harness.Connector.Server.CallAsync(new GetDiagnosticsRequest { Location = "ftp://example.test/upload" });
        await harness.AdvanceUntilAsync(() => central!.All<DiagnosticsStatusNotificationRequest>().Count == 2, Second);
        var failed = await harness.Connector.Server.CallAsync(new GetDiagnosticsRequest { Location = "gopher://example.test/upload" });
        await harness.AdvanceUntilAsync(() => central!.All<DiagnosticsStatusNotificationRequest>().Count == 4, Second);

        Assert.EndsWith(".txt", answer.FileName);
        Assert.NotNull(failed.FileName);
        Assert.Equal([DiagnosticsStatus.Uploading, DiagnosticsStatus.Uploaded, DiagnosticsStatus.Uploading, DiagnosticsStatus.UploadFailed], central!.All<DiagnosticsStatusNotificationRequest>().Select(d => d.Status));
    }

    private static async Task<StationHarness> StartAsync(ChargingStationOptions options, Func<TimeProvider, MiniCentralSystem16> central)
    {
        var harness = await StationHarness.StartAsync(options, time => central(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }
}
