using System.Text.Json;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V16;

namespace SharpCharge.EndToEnd.Tests;

/// <summary>Every command through the REST API to a 1.6 charger played by the protocol library.</summary>
public abstract partial class CsmsEndToEndTests
{
    [Fact]
    [Trait("Spec", "OCPP 1.6 §5")]
    public async Task Commands16_EveryCommand_SendsTheMessageAndMapsTheAnswer()
    {
        await using var running = await RunAsync();
        var script = new ScriptedCharger()
            .On<ResetRequest, ResetResponse>(_ => new() { Status = ResetStatus.Accepted })
            .On<UnlockConnectorRequest, UnlockConnectorResponse>(_ => new() { Status = UnlockStatus.UnlockFailed })
            .On<ChangeAvailabilityRequest, ChangeAvailabilityResponse>(_ => new() { Status = AvailabilityStatus.Scheduled })
            .On<TriggerMessageRequest, TriggerMessageResponse>(_ => new() { Status = TriggerMessageStatus.Accepted })
            .On<ExtendedTriggerMessageRequest, ExtendedTriggerMessageResponse>(_ => new() { Status = TriggerMessageStatusEnumType.Accepted })
            .On<GetConfigurationRequest, GetConfigurationResponse>(_ => new()
            {
                ConfigurationKey = [new KeyValue { Key = "HeartbeatInterval", Readonly = false, Value = "300" }],
                UnknownKey = ["Nope"],
            })
            .On<ChangeConfigurationRequest, ChangeConfigurationResponse>(_ => new() { Status = ConfigurationStatus.RebootRequired })
            .On<UpdateFirmwareRequest, UpdateFirmwareResponse>(_ => new())
            .On<SignedUpdateFirmwareRequest, SignedUpdateFirmwareResponse>(_ => new() { Status = UpdateFirmwareStatusEnumType.InvalidCertificate })
            .On<GetDiagnosticsRequest, GetDiagnosticsResponse>(_ => new() { FileName = "diag.zip" })
            .On<GetLogRequest, GetLogResponse>(_ => new() { Status = LogStatusEnumType.Accepted, Filename = "security.log" })
            .On<ClearCacheRequest, ClearCacheResponse>(_ => new() { Status = ClearCacheStatus.Rejected })
            .On<DataTransferRequest, DataTransferResponse>(r => new() { Status = DataTransferStatus.Accepted, Data = "echo:" + r.Data })
            .On<ReserveNowRequest, ReserveNowResponse>(_ => new() { Status = ReservationStatus.Occupied })
            .On<CancelReservationRequest, CancelReservationResponse>(_ => new() { Status = CancelReservationStatus.Accepted })
            .On<SendLocalListRequest, SendLocalListResponse>(_ => new() { Status = UpdateStatus.VersionMismatch })
            .On<GetLocalListVersionRequest, GetLocalListVersionResponse>(_ => new() { ListVersion = 7 })
            .On<SetChargingProfileRequest, SetChargingProfileResponse>(_ => new() { Status = ChargingProfileStatus.Accepted })
            .On<ClearChargingProfileRequest, ClearChargingProfileResponse>(_ => new() { Status = ClearChargingProfileStatus.Unknown })
            .On<GetCompositeScheduleRequest, GetCompositeScheduleResponse>(r => new()
            {
                Status = GetCompositeScheduleStatus.Accepted,
                ConnectorId = r.ConnectorId,
                ScheduleStart = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero),
                ChargingSchedule = new ChargingSchedule
                {
                    Duration = r.Duration,
                    ChargingRateUnit = ChargingRateUnitType.W,
                    ChargingSchedulePeriod = [new ChargingSchedulePeriod { StartPeriod = 0, Limit = 11000 }, new ChargingSchedulePeriod { StartPeriod = 600, Limit = 7400, NumberPhases = 1 }],
                },
            })
            .On<InstallCertificateRequest, InstallCertificateResponse>(_ => new() { Status = InstallCertificateStatusEnumType.Accepted })
            .On<DeleteCertificateRequest, DeleteCertificateResponse>(_ => new() { Status = DeleteCertificateStatusEnumType.NotFound })
            .On<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse>(_ => new()
            {
                Status = GetInstalledCertificateStatusEnumType.Accepted,
                CertificateHashData = [new CertificateHashDataType { HashAlgorithm = HashAlgorithmEnumType.SHA256, IssuerNameHash = "aa", IssuerKeyHash = "bb", SerialNumber = "01" }],
            });
        await using var charger = await script.ConnectAsync(running.Server, "CP-CMD16", OcppVersion.V16);
        using var api = new CommandApi(running.Server);
        const string Base = "api/chargers/CP-CMD16";

        var reset = await api.OkAsync(HttpMethod.Post, $"{Base}/reset", """{"type":"hard"}""");
        Assert.Equal(("success", "Accepted"), (Str(reset, "status"), Str(reset, "charger_status")));
        Assert.Equal(ResetType.Hard, script.Last<ResetRequest>().Type);

        var unlock = await api.OkAsync(HttpMethod.Post, $"{Base}/unlock", """{"evse_id":2}""");
        Assert.Equal(("rejected", "UnlockFailed"), (Str(unlock, "status"), Str(unlock, "charger_status")));
        Assert.Equal(2, script.Last<UnlockConnectorRequest>().ConnectorId);

        var availability = await api.OkAsync(HttpMethod.Post, $"{Base}/availability", """{"operative":false}""");
        Assert.Equal(("success", "Scheduled"), (Str(availability, "status"), Str(availability, "charger_status")));
        Assert.Equal((0, AvailabilityType.Inoperative), (script.Last<ChangeAvailabilityRequest>().ConnectorId, script.Last<ChangeAvailabilityRequest>().Type));

        await api.OkAsync(HttpMethod.Post, $"{Base}/trigger", """{"requested_message":"MeterValues","evse_id":1}""");
        Assert.Equal((MessageTrigger.MeterValues, (int?)1), (script.Last<TriggerMessageRequest>().RequestedMessage, script.Last<TriggerMessageRequest>().ConnectorId));
        await api.OkAsync(HttpMethod.Post, $"{Base}/trigger", """{"requested_message":"SignChargePointCertificate"}""");
        Assert.Equal(MessageTriggerEnumType.SignChargePointCertificate, script.Last<ExtendedTriggerMessageRequest>().RequestedMessage);

        var configuration = await api.OkAsync(HttpMethod.Get, $"{Base}/configuration?key=HeartbeatInterval&key=Nope");
        Assert.Equal(["HeartbeatInterval", "Nope"], script.Last<GetConfigurationRequest>().Key!);
        Assert.Equal("300", Str(configuration.GetProperty("keys")[0], "value"));
        Assert.Equal("Nope", configuration.GetProperty("unknown_keys")[0].GetString());
        var change = await api.OkAsync(HttpMethod.Put, $"{Base}/configuration", """{"key":"HeartbeatInterval","value":"60"}""");
        Assert.Equal(("success", "RebootRequired"), (Str(change, "status"), Str(change, "charger_status")));
        Assert.Equal(("HeartbeatInterval", "60"), (script.Last<ChangeConfigurationRequest>().Key, script.Last<ChangeConfigurationRequest>().Value));

        await api.OkAsync(HttpMethod.Post, $"{Base}/firmware", """{"location":"https://fw.example/1.2.4.bin","retries":3}""");
        Assert.Equal(("https://fw.example/1.2.4.bin", (int?)3), (script.Last<UpdateFirmwareRequest>().Location, script.Last<UpdateFirmwareRequest>().Retries));
        var signed = await api.OkAsync(HttpMethod.Post, $"{Base}/firmware", """{"location":"https://fw.example/s.bin","signing_certificate":"PEM","signature":"SIG"}""");
        Assert.Equal(("rejected", "InvalidCertificate"), (Str(signed, "status"), Str(signed, "charger_status")));
        Assert.Equal(signed.GetProperty("request_id").GetInt32(), script.Last<SignedUpdateFirmwareRequest>().RequestId);

        var diagnostics = await api.OkAsync(HttpMethod.Post, $"{Base}/diagnostics", """{"location":"ftp://logs.example/up"}""");
        Assert.Equal("File: diag.zip", Str(diagnostics, "detail"));
        Assert.Equal("ftp://logs.example/up", script.Last<GetDiagnosticsRequest>().Location);
        await api.OkAsync(HttpMethod.Post, $"{Base}/diagnostics", """{"location":"ftp://logs.example/up","log_type":"SecurityLog"}""");
        Assert.Equal(LogEnumType.SecurityLog, script.Last<GetLogRequest>().LogType);

        Assert.Equal("rejected", Str(await api.OkAsync(HttpMethod.Post, $"{Base}/clear-cache"), "status"));
        Assert.Single(script.Received.OfType<ClearCacheRequest>());

        var transfer = await api.OkAsync(HttpMethod.Post, $"{Base}/data-transfer", """{"vendor_id":"Acme","message_id":"Ping","data":"hello"}""");
        Assert.Equal("echo:hello", transfer.GetProperty("data").GetString());
        Assert.Equal(("Acme", "Ping", "hello"), (script.Last<DataTransferRequest>().VendorId, script.Last<DataTransferRequest>().MessageId, script.Last<DataTransferRequest>().Data));

        var reserve = await api.OkAsync(HttpMethod.Post, $"{Base}/reservations", """{"id_token":"TAG-R","expires_at":"2099-01-01T00:00:00Z","evse_id":1}""");
        Assert.Equal(("rejected", "Occupied"), (Str(reserve, "status"), Str(reserve, "charger_status")));
        Assert.Equal((reserve.GetProperty("request_id").GetInt32(), "TAG-R", 1), (script.Last<ReserveNowRequest>().ReservationId, script.Last<ReserveNowRequest>().IdTag, script.Last<ReserveNowRequest>().ConnectorId));
        await api.OkAsync(HttpMethod.Delete, $"{Base}/reservations/42");
        Assert.Equal(42, script.Last<CancelReservationRequest>().ReservationId);

        var list = await api.OkAsync(HttpMethod.Post, $"{Base}/local-list", """{"version":3,"update_type":"differential","entries":[{"id_token":"TAG-A","status":"Accepted"},{"id_token":"TAG-B"}]}""");
        Assert.Equal("VersionMismatch", Str(list, "charger_status"));
        var sent = script.Last<SendLocalListRequest>();
        Assert.Equal((3, UpdateType.Differential, AuthorizationStatus.Accepted), (sent.ListVersion, sent.UpdateType, sent.LocalAuthorizationList![0].IdTagInfo!.Status));
        Assert.Null(sent.LocalAuthorizationList[1].IdTagInfo);
        Assert.Equal(7, (await api.OkAsync(HttpMethod.Get, $"{Base}/local-list")).GetProperty("version").GetInt32());

        await api.OkAsync(HttpMethod.Post, $"{Base}/charging-profiles", """{"evse_id":1,"profile":{"id":5,"stack_level":1,"purpose":"tx_default","periods":[{"start_seconds":0,"limit":16}],"rate_unit":"A"}}""");
        var profile = script.Last<SetChargingProfileRequest>();
        Assert.Equal((1, 5, ChargingProfilePurposeType.TxDefaultProfile, ChargingRateUnitType.A, 16m), (profile.ConnectorId, profile.CsChargingProfiles.ChargingProfileId, profile.CsChargingProfiles.ChargingProfilePurpose, profile.CsChargingProfiles.ChargingSchedule.ChargingRateUnit, profile.CsChargingProfiles.ChargingSchedule.ChargingSchedulePeriod[0].Limit));
        Assert.Equal("Unknown", Str(await api.OkAsync(HttpMethod.Delete, $"{Base}/charging-profiles?profile_id=5"), "charger_status"));
        Assert.Equal(5, script.Last<ClearChargingProfileRequest>().Id);
        var schedule = await api.OkAsync(HttpMethod.Get, $"{Base}/composite-schedule?evse_id=1&duration=3600");
        Assert.Equal((1, 3600), (script.Last<GetCompositeScheduleRequest>().ConnectorId, script.Last<GetCompositeScheduleRequest>().Duration));
        Assert.Equal((600, 7400m), (schedule.GetProperty("periods")[1].GetProperty("start_seconds").GetInt32(), schedule.GetProperty("periods")[1].GetProperty("limit").GetDecimal()));

        var power = await api.OkAsync(HttpMethod.Patch, $"{Base}/power", """{"max_power_kw":22}""");
        Assert.Equal("success", Str(power, "status"));
        var limit = script.Last<SetChargingProfileRequest>();
        Assert.Equal((0, ChargingProfilePurposeType.ChargePointMaxProfile, 22000m), (limit.ConnectorId, limit.CsChargingProfiles.ChargingProfilePurpose, limit.CsChargingProfiles.ChargingSchedule.ChargingSchedulePeriod[0].Limit));

        await api.OkAsync(HttpMethod.Post, $"{Base}/certificates", """{"certificate_type":"CentralSystemRootCertificate","certificate":"-----BEGIN CERTIFICATE-----"}""");
        Assert.Equal(CertificateUseEnumType.CentralSystemRootCertificate, script.Last<InstallCertificateRequest>().CertificateType);
        var installed = await api.OkAsync(HttpMethod.Get, $"{Base}/certificates?certificate_type=ManufacturerRootCertificate");
        Assert.Equal(("SHA256", "01"), (Str(installed.GetProperty("certificates")[0], "hash_algorithm"), Str(installed.GetProperty("certificates")[0], "serial_number")));
        var delete = await api.OkAsync(HttpMethod.Delete, $"{Base}/certificates?hash_algorithm=SHA256&issuer_name_hash=aa&issuer_key_hash=bb&serial_number=01");
        Assert.Equal("NotFound", Str(delete, "charger_status"));
        Assert.Equal("01", script.Last<DeleteCertificateRequest>().CertificateHashData.SerialNumber);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.11")]
    public async Task Start16_ChargerStartsTheSession_ReturnsItsTransactionIdAndStopReturnsEnergy()
    {
        await using var running = await RunAsync();
        var script = new ScriptedCharger()
            .On<RemoteStartTransactionRequest, RemoteStartTransactionResponse>(_ => new() { Status = RemoteStartStopStatus.Accepted })
            .On<RemoteStopTransactionRequest, RemoteStopTransactionResponse>(_ => new() { Status = RemoteStartStopStatus.Accepted });
        await using var charger = await script.ConnectAsync(running.Server, "CP-START16", OcppVersion.V16);
        await charger.Connection.CallAsync(new BootNotificationRequest { ChargePointVendor = "Acme", ChargePointModel = "AC-22" });
        using var api = new CommandApi(running.Server);

        var start = api.PostAsync("api/chargers/CP-START16/start", """{"id_token":"TAG-16","evse_id":1,"charging_profile":{"periods":[{"start_seconds":0,"limit":7400}]}}""");
        var remote = await script.WaitForAsync<RemoteStartTransactionRequest>();
        Assert.Equal(("TAG-16", (int?)1, ChargingProfilePurposeType.TxProfile), (remote.IdTag, remote.ConnectorId, remote.ChargingProfile!.ChargingProfilePurpose));
        var started = await charger.Connection.CallAsync(new StartTransactionRequest
        {
            ConnectorId = 1, IdTag = "TAG-16", MeterStart = 1000, Timestamp = DateTimeOffset.UtcNow,
        });
        var (status, body) = await start;
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal(("success", started.TransactionId), (Str(body, "status"), body.GetProperty("transaction_id").GetInt64()));
        Assert.Equal("CP-START16", Str(body, "charger_id"));

        var stop = api.PostAsync("api/chargers/CP-START16/stop", $$"""{"transaction_id":{{started.TransactionId}}}""");
        Assert.Equal(started.TransactionId, (await script.WaitForAsync<RemoteStopTransactionRequest>()).TransactionId);
        await charger.Connection.CallAsync(new StopTransactionRequest { TransactionId = started.TransactionId, MeterStop = 13500, Timestamp = DateTimeOffset.UtcNow });
        var (stopStatus, stopped) = await stop;
        Assert.Equal(System.Net.HttpStatusCode.OK, stopStatus);
        Assert.Equal(("success", 12.5m), (Str(stopped, "status"), stopped.GetProperty("energy_consumed").GetDecimal()));
    }

    private static string? Str(JsonElement element, string property) => element.GetProperty(property).GetString();
}
