using System.Text.Json;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.EndToEnd.Tests;

/// <summary>Every command through the REST API to a 2.0.1 charging station played by the protocol library.</summary>
public abstract partial class CsmsEndToEndTests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 2")]
    public async Task Commands201_EveryCommand_SendsTheMessageAndMapsTheAnswer()
    {
        await using var running = await RunAsync();
        var script = new ScriptedCharger()
            .On<ResetRequest, ResetResponse>(_ => new() { Status = ResetStatusEnumType.Scheduled })
            .On<UnlockConnectorRequest, UnlockConnectorResponse>(_ => new() { Status = UnlockStatusEnumType.Unlocked })
            .On<ChangeAvailabilityRequest, ChangeAvailabilityResponse>(_ => new() { Status = ChangeAvailabilityStatusEnumType.Rejected, StatusInfo = new() { ReasonCode = "Busy" } })
            .On<TriggerMessageRequest, TriggerMessageResponse>(_ => new() { Status = TriggerMessageStatusEnumType.Accepted })
            .On<GetVariablesRequest, GetVariablesResponse>(r => new()
            {
                GetVariableResult = [.. r.GetVariableData.Select(d => new GetVariableResultType
                {
                    Component = d.Component, Variable = d.Variable,
                    AttributeStatus = d.Variable.Name == "HeartbeatInterval" ? GetVariableStatusEnumType.Accepted : GetVariableStatusEnumType.UnknownVariable,
                    AttributeValue = d.Variable.Name == "HeartbeatInterval" ? "300" : null,
                })],
            })
            .On<SetVariablesRequest, SetVariablesResponse>(r => new()
            {
                SetVariableResult = [.. r.SetVariableData.Select(d => new SetVariableResultType { Component = d.Component, Variable = d.Variable, AttributeStatus = SetVariableStatusEnumType.RebootRequired })],
            })
            .On<GetBaseReportRequest, GetBaseReportResponse>(_ => new() { Status = GenericDeviceModelStatusEnumType.Accepted })
            .On<GetReportRequest, GetReportResponse>(_ => new() { Status = GenericDeviceModelStatusEnumType.EmptyResultSet })
            .On<UpdateFirmwareRequest, UpdateFirmwareResponse>(_ => new() { Status = UpdateFirmwareStatusEnumType.Accepted })
            .On<GetLogRequest, GetLogResponse>(_ => new() { Status = LogStatusEnumType.Accepted, Filename = "log.zip" })
            .On<ClearCacheRequest, ClearCacheResponse>(_ => new() { Status = ClearCacheStatusEnumType.Accepted })
            .On<DataTransferRequest, DataTransferResponse>(r => new() { Status = DataTransferStatusEnumType.Accepted, Data = r.Data })
            .On<ReserveNowRequest, ReserveNowResponse>(_ => new() { Status = ReserveNowStatusEnumType.Accepted })
            .On<CancelReservationRequest, CancelReservationResponse>(_ => new() { Status = CancelReservationStatusEnumType.Rejected })
            .On<SendLocalListRequest, SendLocalListResponse>(_ => new() { Status = SendLocalListStatusEnumType.Accepted })
            .On<GetLocalListVersionRequest, GetLocalListVersionResponse>(_ => new() { VersionNumber = 4 })
            .On<SetChargingProfileRequest, SetChargingProfileResponse>(_ => new() { Status = ChargingProfileStatusEnumType.Accepted })
            .On<ClearChargingProfileRequest, ClearChargingProfileResponse>(_ => new() { Status = ClearChargingProfileStatusEnumType.Accepted })
            .On<GetCompositeScheduleRequest, GetCompositeScheduleResponse>(r => new()
            {
                Status = GenericStatusEnumType.Accepted,
                Schedule = new CompositeScheduleType
                {
                    EvseId = r.EvseId, Duration = r.Duration, ScheduleStart = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero),
                    ChargingRateUnit = ChargingRateUnitEnumType.A, ChargingSchedulePeriod = [new ChargingSchedulePeriodType { StartPeriod = 0, Limit = 32 }],
                },
            })
            .On<SetDisplayMessageRequest, SetDisplayMessageResponse>(_ => new() { Status = DisplayMessageStatusEnumType.NotSupportedPriority })
            .On<ClearDisplayMessageRequest, ClearDisplayMessageResponse>(_ => new() { Status = ClearMessageStatusEnumType.Accepted })
            .On<InstallCertificateRequest, InstallCertificateResponse>(_ => new() { Status = InstallCertificateStatusEnumType.Accepted })
            .On<DeleteCertificateRequest, DeleteCertificateResponse>(_ => new() { Status = DeleteCertificateStatusEnumType.Accepted })
            .On<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse>(_ => new()
            {
                Status = GetInstalledCertificateStatusEnumType.Accepted,
                CertificateHashDataChain =
                [
                    new CertificateHashDataChainType
                    {
                        CertificateType = GetCertificateIdUseEnumType.CSMSRootCertificate,
                        CertificateHashData = new CertificateHashDataType { HashAlgorithm = HashAlgorithmEnumType.SHA384, IssuerNameHash = "aa", IssuerKeyHash = "bb", SerialNumber = "02" },
                    },
                ],
            });
        await using var charger = await script.ConnectAsync(running.Server, "CP-CMD201", OcppVersion.V201);
        using var api = new CommandApi(running.Server);
        const string Base = "api/chargers/CP-CMD201";

        var reset = await api.OkAsync(HttpMethod.Post, $"{Base}/reset", """{"type":"soft","evse_id":1}""");
        Assert.Equal(("success", "Scheduled"), (Str(reset, "status"), Str(reset, "charger_status")));
        Assert.Equal((ResetEnumType.OnIdle, (int?)1), (script.Last<ResetRequest>().Type, script.Last<ResetRequest>().EvseId));

        Assert.Equal("success", Str(await api.OkAsync(HttpMethod.Post, $"{Base}/unlock", """{"evse_id":1,"connector_id":2}"""), "status"));
        Assert.Equal((1, 2), (script.Last<UnlockConnectorRequest>().EvseId, script.Last<UnlockConnectorRequest>().ConnectorId));

        var availability = await api.OkAsync(HttpMethod.Post, $"{Base}/availability", """{"operative":true,"evse_id":2}""");
        Assert.Equal(("rejected", "Busy"), (Str(availability, "status"), Str(availability, "detail")));
        Assert.Equal((OperationalStatusEnumType.Operative, 2), (script.Last<ChangeAvailabilityRequest>().OperationalStatus, script.Last<ChangeAvailabilityRequest>().Evse!.Id));

        await api.OkAsync(HttpMethod.Post, $"{Base}/trigger", """{"requested_message":"TransactionEvent","evse_id":1}""");
        Assert.Equal(MessageTriggerEnumType.TransactionEvent, script.Last<TriggerMessageRequest>().RequestedMessage);

        var variables = await api.OkAsync(HttpMethod.Get, $"{Base}/variables?component=OCPPCommCtrlr&variable=HeartbeatInterval&component=Nope&variable=Missing");
        Assert.Equal(2, script.Last<GetVariablesRequest>().GetVariableData.Count);
        Assert.Equal(("Accepted", "300"), (Str(variables.GetProperty("variables")[0], "status"), Str(variables.GetProperty("variables")[0], "value")));
        Assert.Equal("UnknownVariable", Str(variables.GetProperty("variables")[1], "status"));
        var set = await api.OkAsync(HttpMethod.Put, $"{Base}/variables", """{"variables":[{"component":"OCPPCommCtrlr","variable":"HeartbeatInterval","value":"60"}]}""");
        Assert.Equal(("success", "RebootRequired"), (Str(set, "status"), Str(set.GetProperty("variables")[0], "status")));
        Assert.Equal("60", script.Last<SetVariablesRequest>().SetVariableData[0].AttributeValue);

        var report = await api.OkAsync(HttpMethod.Post, $"{Base}/reports", """{"report_base":"FullInventory"}""");
        Assert.Equal((report.GetProperty("request_id").GetInt32(), ReportBaseEnumType.FullInventory), (script.Last<GetBaseReportRequest>().RequestId, script.Last<GetBaseReportRequest>().ReportBase));
        var custom = await api.OkAsync(HttpMethod.Post, $"{Base}/reports", """{"criteria":["Problem"],"variables":[{"component":"EVSE"}]}""");
        Assert.Equal(("rejected", "EmptyResultSet"), (Str(custom, "status"), Str(custom, "charger_status")));
        Assert.Equal(ComponentCriterionEnumType.Problem, script.Last<GetReportRequest>().ComponentCriteria![0]);
        Assert.Null(script.Last<GetReportRequest>().ComponentVariable![0].Variable);

        var firmware = await api.OkAsync(HttpMethod.Post, $"{Base}/firmware", """{"location":"https://fw.example/2.bin","signing_certificate":"PEM","signature":"SIG"}""");
        Assert.Equal((firmware.GetProperty("request_id").GetInt32(), "SIG"), (script.Last<UpdateFirmwareRequest>().RequestId, script.Last<UpdateFirmwareRequest>().Firmware.Signature));
        await api.OkAsync(HttpMethod.Post, $"{Base}/diagnostics", """{"location":"https://logs.example/up"}""");
        Assert.Equal((LogEnumType.DiagnosticsLog, "https://logs.example/up"), (script.Last<GetLogRequest>().LogType, script.Last<GetLogRequest>().Log.RemoteLocation));
        Assert.Equal("success", Str(await api.OkAsync(HttpMethod.Post, $"{Base}/clear-cache"), "status"));

        var transfer = await api.OkAsync(HttpMethod.Post, $"{Base}/data-transfer", """{"vendor_id":"Acme","data":{"n":1}}""");
        Assert.Equal(1, transfer.GetProperty("data").GetProperty("n").GetInt32());
        Assert.Equal(1, script.Last<DataTransferRequest>().Data!.Value.GetProperty("n").GetInt32());

        var reserve = await api.OkAsync(HttpMethod.Post, $"{Base}/reservations", """{"reservation_id":9,"id_token":"TAG-R","id_token_type":"ISO14443","expires_at":"2099-01-01T00:00:00Z"}""");
        Assert.Equal((9, "TAG-R", IdTokenEnumType.ISO14443), (reserve.GetProperty("request_id").GetInt32(), script.Last<ReserveNowRequest>().IdToken.IdToken, script.Last<ReserveNowRequest>().IdToken.Type));
        Assert.Equal("rejected", Str(await api.OkAsync(HttpMethod.Delete, $"{Base}/reservations/9"), "status"));

        await api.OkAsync(HttpMethod.Post, $"{Base}/local-list", """{"version":2,"entries":[{"id_token":"TAG-A","status":"Blocked"}]}""");
        Assert.Equal((UpdateEnumType.Full, AuthorizationStatusEnumType.Blocked), (script.Last<SendLocalListRequest>().UpdateType, script.Last<SendLocalListRequest>().LocalAuthorizationList![0].IdTokenInfo!.Status));
        Assert.Equal(4, (await api.OkAsync(HttpMethod.Get, $"{Base}/local-list")).GetProperty("version").GetInt32());

        await api.OkAsync(HttpMethod.Patch, $"{Base}/power", """{"max_power_kw":50}""");
        var limit = script.Last<SetChargingProfileRequest>();
        Assert.Equal((0, ChargingProfilePurposeEnumType.ChargingStationMaxProfile, 50000m), (limit.EvseId, limit.ChargingProfile.ChargingProfilePurpose, limit.ChargingProfile.ChargingSchedule[0].ChargingSchedulePeriod[0].Limit));
        await api.OkAsync(HttpMethod.Delete, $"{Base}/charging-profiles?evse_id=1&purpose=tx_default");
        Assert.Equal((1, ChargingProfilePurposeEnumType.TxDefaultProfile), (script.Last<ClearChargingProfileRequest>().ChargingProfileCriteria!.EvseId, script.Last<ClearChargingProfileRequest>().ChargingProfileCriteria!.ChargingProfilePurpose));
        var schedule = await api.OkAsync(HttpMethod.Get, $"{Base}/composite-schedule?evse_id=1&duration=600&rate_unit=A");
        Assert.Equal(("A", 32m), (Str(schedule, "rate_unit"), schedule.GetProperty("periods")[0].GetProperty("limit").GetDecimal()));
        Assert.Equal(ChargingRateUnitEnumType.A, script.Last<GetCompositeScheduleRequest>().ChargingRateUnit);

        var display = await api.OkAsync(HttpMethod.Post, $"{Base}/display-messages", """{"id":3,"priority":"AlwaysFront","message":"Welcome"}""");
        Assert.Equal(("rejected", "NotSupportedPriority"), (Str(display, "status"), Str(display, "charger_status")));
        Assert.Equal(("Welcome", MessagePriorityEnumType.AlwaysFront), (script.Last<SetDisplayMessageRequest>().Message.Message.Content, script.Last<SetDisplayMessageRequest>().Message.Priority));
        await api.OkAsync(HttpMethod.Delete, $"{Base}/display-messages/3");
        Assert.Equal(3, script.Last<ClearDisplayMessageRequest>().Id);

        await api.OkAsync(HttpMethod.Post, $"{Base}/certificates", """{"certificate_type":"CSMSRootCertificate","certificate":"-----BEGIN CERTIFICATE-----"}""");
        Assert.Equal(InstallCertificateUseEnumType.CSMSRootCertificate, script.Last<InstallCertificateRequest>().CertificateType);
        var installed = await api.OkAsync(HttpMethod.Get, $"{Base}/certificates");
        Assert.Equal(("SHA384", "CSMSRootCertificate"), (Str(installed.GetProperty("certificates")[0], "hash_algorithm"), Str(installed.GetProperty("certificates")[0], "certificate_type")));
        Assert.Null(script.Last<GetInstalledCertificateIdsRequest>().CertificateType);
        await api.OkAsync(HttpMethod.Delete, $"{Base}/certificates?hash_algorithm=SHA384&issuer_name_hash=aa&issuer_key_hash=bb&serial_number=02");
        Assert.Equal(HashAlgorithmEnumType.SHA384, script.Last<DeleteCertificateRequest>().CertificateHashData.HashAlgorithm);
    }

    [Fact]
    [Trait("Spec", "F01.FR.01")]
    [Trait("Spec", "F03")]
    public async Task Start201_RemoteStartIdLinksTheSession_ReturnsItsTransactionIdAndStopReturnsEnergy()
    {
        await using var running = await RunAsync();
        var script = new ScriptedCharger()
            .On<RequestStartTransactionRequest, RequestStartTransactionResponse>(_ => new() { Status = RequestStartStopStatusEnumType.Accepted })
            .On<RequestStopTransactionRequest, RequestStopTransactionResponse>(_ => new() { Status = RequestStartStopStatusEnumType.Accepted })
            .On<CostUpdatedRequest, CostUpdatedResponse>(_ => new());
        await using var charger = await script.ConnectAsync(running.Server, "CP-START201", OcppVersion.V201);
        await charger.Connection.CallAsync(new BootNotificationRequest { Reason = BootReasonEnumType.PowerUp, ChargingStation = new() { Model = "AC-22", VendorName = "Acme" } });
        using var api = new CommandApi(running.Server);

        var start = api.PostAsync("api/chargers/CP-START201/start", """{"id_token":"TAG-2","evse_id":1}""");
        var request = await script.WaitForAsync<RequestStartTransactionRequest>();
        Assert.Equal(("TAG-2", (int?)1), (request.IdToken.IdToken, request.EvseId));
        // Another session on the station must not be taken for the one asked for.
        await charger.Connection.CallAsync(Event(TransactionEventEnumType.Started, "TX-OTHER", 0, null, 0));
        await charger.Connection.CallAsync(Event(TransactionEventEnumType.Started, "TX-REMOTE", 0, request.RemoteStartId, 1000));
        var (status, body) = await start;
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        var transactionId = body.GetProperty("transaction_id").GetInt64();
        var stored = await running.Server.Get<SharpCharge.Csms.Domain.Transactions.ITransactionService>().GetAsync(transactionId, CancellationToken.None);
        Assert.Equal("TX-REMOTE", stored!.ChargerTransactionId);

        await api.OkAsync(HttpMethod.Post, "api/chargers/CP-START201/cost-updated", $$"""{"transaction_id":{{transactionId}},"total_cost":1.25}""");
        Assert.Equal(("TX-REMOTE", 1.25m), (script.Last<CostUpdatedRequest>().TransactionId, script.Last<CostUpdatedRequest>().TotalCost));

        var stop = api.PostAsync("api/chargers/CP-START201/stop", $$"""{"transaction_id":{{transactionId}}}""");
        Assert.Equal("TX-REMOTE", (await script.WaitForAsync<RequestStopTransactionRequest>()).TransactionId);
        await charger.Connection.CallAsync(Event(TransactionEventEnumType.Ended, "TX-REMOTE", 1, null, 13500));
        var (stopStatus, stopped) = await stop;
        Assert.Equal(System.Net.HttpStatusCode.OK, stopStatus);
        Assert.Equal(("success", 12.5m), (Str(stopped, "status"), stopped.GetProperty("energy_consumed").GetDecimal()));
    }

    private static TransactionEventRequest Event(TransactionEventEnumType type, string transactionId, int seqNo, int? remoteStartId, decimal registerWh) => new()
    {
        EventType = type,
        Timestamp = DateTimeOffset.UtcNow,
        TriggerReason = type == TransactionEventEnumType.Ended ? TriggerReasonEnumType.RemoteStop : TriggerReasonEnumType.RemoteStart,
        SeqNo = seqNo,
        Evse = new EVSEType { Id = 1, ConnectorId = 1 },
        TransactionInfo = new TransactionType { TransactionId = transactionId, RemoteStartId = remoteStartId },
        MeterValue =
        [
            new MeterValueType
            {
                Timestamp = DateTimeOffset.UtcNow,
                SampledValue = [new SampledValueType { Value = registerWh, Measurand = MeasurandEnumType.EnergyActiveImportRegister }],
            },
        ],
    };
}
