using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Station.Model;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>The other 2.0.1 requests of a central system, each with its behaviour.</summary>
public sealed class ChargingStationOperationsV201Tests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 L01 UpdateFirmware, B01 reason FirmwareUpdate, A04 FirmwareUpdated")]
    public async Task UpdateFirmware_ReportsEachStep_RebootsWithReasonFirmwareUpdate()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StartAsync(StationHarness.Options(OcppVersion.V201), time => central = new MiniCentralSystem201(time));

        var answer = await harness.Connector.Server.CallAsync(new UpdateFirmwareRequest
        {
            RequestId = 12,
            Firmware = new FirmwareType { Location = "https://example.test/fw.bin", RetrieveDateTime = harness.Time.GetUtcNow() },
        });
        await harness.AdvanceUntilAsync(() => central!.All<FirmwareStatusNotificationRequest>().Any(f => f.Status == FirmwareStatusEnumType.Installed), Second);
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<SecurityEventNotificationRequest>().Any(e => e.Type == "FirmwareUpdated")));

        Assert.Equal(UpdateFirmwareStatusEnumType.Accepted, answer.Status);
        Assert.Equal(
            [FirmwareStatusEnumType.Downloading, FirmwareStatusEnumType.Downloaded, FirmwareStatusEnumType.SignatureVerified, FirmwareStatusEnumType.Installing, FirmwareStatusEnumType.InstallRebooting, FirmwareStatusEnumType.Installed],
            central!.All<FirmwareStatusNotificationRequest>().Select(f => f.Status));
        Assert.All(central.All<FirmwareStatusNotificationRequest>(), f => Assert.Equal(12, f.RequestId));
        Assert.Equal(BootReasonEnumType.FirmwareUpdate, central.All<BootNotificationRequest>()[^1].Reason);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 L01: InvalidSignature and a security event")]
    public async Task UpdateFirmware_BadSignature_StopsWithInvalidSignature()
    {
        MiniCentralSystem201? central = null;
        var options = StationHarness.Options(OcppVersion.V201);
        options.FirmwareFailure = FirmwareFailure.Signature;
        await using var harness = await StartAsync(options, time => central = new MiniCentralSystem201(time));

        await harness.Connector.Server.CallAsync(new UpdateFirmwareRequest { RequestId = 3, Firmware = new FirmwareType { Location = "https://example.test/fw.bin", RetrieveDateTime = harness.Time.GetUtcNow() } });
        await harness.AdvanceUntilAsync(() => central!.All<FirmwareStatusNotificationRequest>().Count == 3, Second);
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<SecurityEventNotificationRequest>().Any(e => e.Type == "InvalidFirmwareSignature")));

        Assert.Equal(FirmwareStatusEnumType.InvalidSignature, central!.All<FirmwareStatusNotificationRequest>()[^1].Status);
        Assert.Single(central.All<BootNotificationRequest>());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 H01 ReserveNow, H04 ReservationStatusUpdate Expired")]
    public async Task ReserveNow_Expires_SendsReservationStatusUpdate()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StartAsync(StationHarness.Options(OcppVersion.V201), time => central = new MiniCentralSystem201(time));

        var answer = await harness.Connector.Server.CallAsync(new ReserveNowRequest
        {
            Id = 9,
            EvseId = 1,
            ExpiryDateTime = harness.Time.GetUtcNow().AddMinutes(1),
            IdToken = new IdTokenType { IdToken = "TAG-1", Type = IdTokenEnumType.ISO14443 },
        });
        var noEvse = await harness.Connector.Server.CallAsync(new ReserveNowRequest { Id = 10, ExpiryDateTime = harness.Time.GetUtcNow().AddMinutes(1), IdToken = new IdTokenType { IdToken = "TAG-1", Type = IdTokenEnumType.ISO14443 } });
        Assert.Equal(ConnectorStatus.Reserved, harness.Station.GetConnectorStatus(1));
        await harness.AdvanceUntilAsync(() => central!.All<ReservationStatusUpdateRequest>().Count == 1, TimeSpan.FromSeconds(10));

        Assert.Equal(ReserveNowStatusEnumType.Accepted, answer.Status);
        Assert.Equal(ReserveNowStatusEnumType.Rejected, noEvse.Status);
        var update = central!.All<ReservationStatusUpdateRequest>()[0];
        Assert.Equal(9, update.ReservationId);
        Assert.Equal(ReservationUpdateStatusEnumType.Expired, update.ReservationUpdateStatus);
        Assert.Equal(ConnectorStatus.Available, harness.Station.GetConnectorStatus(1));
        Assert.Contains(central.All<StatusNotificationRequest>(), s => s.ConnectorStatus == ConnectorStatusEnumType.Reserved);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 F06.FR.17, F06 TransactionEvent trigger, F05.FR.02, F05.FR.03")]
    public async Task TriggerAndUnlock_FollowThe201Rules()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StartAsync(StationHarness.Options(OcppVersion.V201), time => central = new MiniCentralSystem201(time));
        await harness.Station.StartSessionAsync(1, "TAG-1");

        var boot = await harness.Connector.Server.CallAsync(new TriggerMessageRequest { RequestedMessage = MessageTriggerEnumType.BootNotification });
        var transaction = await harness.Connector.Server.CallAsync(new TriggerMessageRequest { RequestedMessage = MessageTriggerEnumType.TransactionEvent, Evse = new EVSEType { Id = 1 } });
        var sign = await harness.Connector.Server.CallAsync(new TriggerMessageRequest { RequestedMessage = MessageTriggerEnumType.SignCombinedCertificate });
        var unlock = await harness.Connector.Server.CallAsync(new UnlockConnectorRequest { EvseId = 1, ConnectorId = 1 });
        var unknown = await harness.Connector.Server.CallAsync(new UnlockConnectorRequest { EvseId = 4, ConnectorId = 1 });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<TransactionEventRequest>().Any(e => e.TriggerReason == TriggerReasonEnumType.Trigger)));

        Assert.Equal(TriggerMessageStatusEnumType.Rejected, boot.Status);
        Assert.Equal(TriggerMessageStatusEnumType.Accepted, transaction.Status);
        Assert.Equal(TriggerMessageStatusEnumType.NotImplemented, sign.Status);
        Assert.Equal(UnlockStatusEnumType.OngoingAuthorizedTransaction, unlock.Status);
        Assert.Equal(UnlockStatusEnumType.UnknownConnector, unknown.Status);
        Assert.Equal(ConnectorStatus.Charging, harness.Station.GetConnectorStatus(1));
        Assert.Single(central!.All<BootNotificationRequest>());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 B02 Pending, F06 TriggerMessage(BootNotification)")]
    public async Task TriggerBoot_WhilePending_BootsAtOnceWithReasonTriggered()
    {
        PendingCentral? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => (central = new PendingCentral(time)).Router);
        await harness.Recorder.WaitForAsync(StationEventKind.BootAnswered);

        var answer = await harness.Connector.Server.CallAsync(new TriggerMessageRequest { RequestedMessage = MessageTriggerEnumType.BootNotification });
        await Eventually.TrueAsync(() => Task.FromResult(central!.Boots.Count == 2));

        Assert.Equal(TriggerMessageStatusEnumType.Accepted, answer.Status);
        Assert.Equal(BootReasonEnumType.Triggered, central!.Boots[1].Reason);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 N01 GetLog, AcceptedCanceled")]
    public async Task GetLog_UploadsWithRequestId_ASecondRequestCancelsTheFirst()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StartAsync(StationHarness.Options(OcppVersion.V201), time => central = new MiniCentralSystem201(time));

        var first = await harness.Connector.Server.CallAsync(new GetLogRequest { RequestId = 1, LogType = LogEnumType.DiagnosticsLog, Log = new LogParametersType { RemoteLocation = "https://example.test/logs" } });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<LogStatusNotificationRequest>().Count == 1));
        var second = await harness.Connector.Server.CallAsync(new GetLogRequest { RequestId = 2, LogType = LogEnumType.DiagnosticsLog, Log = new LogParametersType { RemoteLocation = "https://example.test/logs" } });
        await harness.AdvanceUntilAsync(() => central!.All<LogStatusNotificationRequest>().Any(l => l.Status == UploadLogStatusEnumType.Uploaded), Second);

        Assert.Equal(LogStatusEnumType.Accepted, first.Status);
        Assert.Equal(LogStatusEnumType.AcceptedCanceled, second.Status);
        Assert.NotNull(first.Filename);
        var statuses = central!.All<LogStatusNotificationRequest>();
        Assert.Equal((UploadLogStatusEnumType.Uploading, 1), (statuses[0].Status, statuses[0].RequestId));
        Assert.Equal((UploadLogStatusEnumType.Uploaded, 2), (statuses[^1].Status, statuses[^1].RequestId));
        Assert.DoesNotContain(statuses, l => l.Status == UploadLogStatusEnumType.Uploaded && l.RequestId == 1);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 G03-G04 ChangeAvailability")]
    public async Task ChangeAvailability_WholeStationInoperative_EveryConnectorUnavailable()
    {
        MiniCentralSystem201? central = null;
        var options = StationHarness.Options(OcppVersion.V201);
        options.Evses = [1, 2];
        await using var harness = await StartAsync(options, time => central = new MiniCentralSystem201(time));
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.QueuedMessageCount == 0));

        var answer = await harness.Connector.Server.CallAsync(new ChangeAvailabilityRequest { OperationalStatus = OperationalStatusEnumType.Inoperative });
        var unknown = await harness.Connector.Server.CallAsync(new ChangeAvailabilityRequest { OperationalStatus = OperationalStatusEnumType.Inoperative, Evse = new EVSEType { Id = 7 } });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<StatusNotificationRequest>().Count(s => s.ConnectorStatus == ConnectorStatusEnumType.Unavailable) == 3));

        Assert.Equal(ChangeAvailabilityStatusEnumType.Accepted, answer.Status);
        Assert.Equal(ChangeAvailabilityStatusEnumType.Rejected, unknown.Status);
        Assert.Equal(ConnectorStatus.Unavailable, harness.Station.GetConnectorStatus(2, 2));
    }

    private static async Task<StationHarness> StartAsync(ChargingStationOptions options, Func<TimeProvider, MiniCentralSystem201> central)
    {
        var harness = await StationHarness.StartAsync(options, time => central(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }

    /// <summary>Answers the first boot Pending (for an hour), the next ones Accepted.</summary>
    private sealed class PendingCentral : Ocpp.Routing.IOcppHandler<BootNotificationRequest, BootNotificationResponse>
    {
        private readonly TimeProvider _time;

        public PendingCentral(TimeProvider time)
        {
            _time = time;
            Router = Ocpp.Routing.OcppRouter.Create(V201Actions.Catalogue, this);
        }

        public Ocpp.Routing.OcppRouter Router { get; }

        public List<BootNotificationRequest> Boots { get; } = [];

        public ValueTask<BootNotificationResponse> HandleAsync(BootNotificationRequest request, Ocpp.Routing.OcppCallContext context)
        {
            lock (Boots)
            {
                Boots.Add(request);
                var status = Boots.Count == 1 ? RegistrationStatusEnumType.Pending : RegistrationStatusEnumType.Accepted;
                return ValueTask.FromResult(new BootNotificationResponse { Status = status, Interval = 3600, CurrentTime = _time.GetUtcNow() });
            }
        }
    }
}
