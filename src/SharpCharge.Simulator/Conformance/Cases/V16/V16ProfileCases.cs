using System.Globalization;
using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Simulator.Conformance.Dsl;
using static SharpCharge.Simulator.Conformance.Cases.V16.V16States;

namespace SharpCharge.Simulator.Conformance.Cases.V16;

/// <summary>
/// The optional 1.6 profiles: Local Auth List Management, Firmware Management, Reservation, Remote Trigger and Smart
/// Charging (OCA 1.6 TC_042..TC_067_CSMS).
/// </summary>
internal static class V16ProfileCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_042_2_CSMS", "Get local list version - empty", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to get the local list version", api => api.Get("local-list"));
            s.ExpectCall(V16Actions.GetLocalListVersion).Reply(_ => new GetLocalListVersionResponse { ListVersion = 0 });
        });
        yield return Case("TC_043_3_CSMS", "Send local authorization list - failed", s => LocalList(s, "full", UpdateType.Full, UpdateStatus.Failed));
        yield return Case("TC_043_4_CSMS", "Send local authorization list - full", s => LocalList(s, "full", UpdateType.Full, UpdateStatus.Accepted));
        yield return Case("TC_043_5_CSMS", "Send local authorization list - differential", s => LocalList(s, "differential", UpdateType.Differential, UpdateStatus.Accepted));

        yield return Case("TC_044_1_CSMS", "Firmware update - download and install", s => Firmware(s, FirmwareStatus.Downloading, FirmwareStatus.Downloaded, FirmwareStatus.Installing, FirmwareStatus.Installed));
        yield return Case("TC_044_2_CSMS", "Firmware update - download failed", s => Firmware(s, FirmwareStatus.Downloading, FirmwareStatus.DownloadFailed));
        yield return Case("TC_044_3_CSMS", "Firmware update - installation failed", s => Firmware(s, FirmwareStatus.Downloading, FirmwareStatus.Downloaded, FirmwareStatus.Installing, FirmwareStatus.InstallationFailed));
        yield return Case("TC_045_1_CSMS", "Get diagnostics of a charge point", s => Diagnostics(s, DiagnosticsStatus.Uploading, DiagnosticsStatus.Uploaded));
        yield return Case("TC_045_2_CSMS", "Get diagnostics - upload failed", s => Diagnostics(s, DiagnosticsStatus.Uploading, DiagnosticsStatus.UploadFailed));

        yield return Case("TC_046_CSMS", "Reservation of a connector - transaction", s =>
        {
            Reserve(s, ReservationStatus.Accepted);
            s.Status(ChargePointStatus.Reserved);
            s.Status(ChargePointStatus.Preparing);
            s.Start(onReservation: true);
            s.Charging();
            s.Stop();
            s.Status(ChargePointStatus.Available);
        });
        yield return Case("TC_047_CSMS", "Reservation of a connector - expire", s =>
        {
            Reserve(s, ReservationStatus.Accepted);
            s.Status(ChargePointStatus.Reserved);
            s.Status(ChargePointStatus.Available);
        });
        yield return Case("TC_048_1_CSMS", "Reservation of a connector - faulted", s => Reserve(s, ReservationStatus.Faulted));
        yield return Case("TC_048_2_CSMS", "Reservation of a connector - occupied", s => Reserve(s, ReservationStatus.Occupied));
        yield return Case("TC_048_3_CSMS", "Reservation of a connector - unavailable", s => Reserve(s, ReservationStatus.Unavailable));
        yield return Case("TC_048_4_CSMS", "Reservation of a connector - rejected", s => Reserve(s, ReservationStatus.Rejected));
        yield return Case("TC_051_CSMS", "Cancel reservation", s => Cancel(s, CancelReservationStatus.Accepted));
        yield return Case("TC_052_CSMS", "Cancel reservation - rejected", s => Cancel(s, CancelReservationStatus.Rejected));

        yield return Case("TC_054_CSMS", "Trigger message", s =>
        {
            Trigger(s, TriggerMessageStatus.Accepted);
            s.Send(st => new MeterValuesRequest { ConnectorId = Connector, MeterValue = [Energy(st, ReadingContext.Trigger)] });
        });
        yield return Case("TC_055_CSMS", "Trigger message - rejected", s => Trigger(s, TriggerMessageStatus.Rejected));

        yield return Case("TC_056_CSMS", "Central smart charging - TxDefaultProfile", s => SetProfile(s, "tx_default", ChargingProfilePurposeType.TxDefaultProfile));
        yield return Case("TC_057_CSMS", "Central smart charging - TxProfile", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Status(ChargePointStatus.Preparing);
            s.Start();
            s.Charging();
            s.Operator("Request the CSMS to set a TxProfile for the running transaction", (api, st) => api.Post("charging-profiles", new JsonObject { ["evse_id"] = Connector, ["profile"] = Profile("tx", 8002, st.TransactionNumber) }));
            s.ExpectCall(V16Actions.SetChargingProfile)
                .Where((r, st) => r.ConnectorId == Connector && r.CsChargingProfiles.ChargingProfilePurpose == ChargingProfilePurposeType.TxProfile && r.CsChargingProfiles.TransactionId == st.TransactionNumber)
                .Reply(_ => new SetChargingProfileResponse { Status = ChargingProfileStatus.Accepted });
            s.Stop();
            s.Status(ChargePointStatus.Available);
        });
        yield return Case("TC_059_CSMS", "Remote start transaction with charging profile", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Operator("Request the CSMS to start a transaction with a TxProfile of 16 A", (api, st) => api.Post("start", new JsonObject { ["id_token"] = st.Tokens.Valid, ["evse_id"] = Connector, ["charging_profile"] = Profile("tx", 8003, null) }));
            s.ExpectCall(V16Actions.RemoteStartTransaction)
                .Where(r => r.ChargingProfile != null && r.ChargingProfile.ChargingProfilePurpose == ChargingProfilePurposeType.TxProfile && r.ChargingProfile.TransactionId == null)
                .Reply(_ => new RemoteStartTransactionResponse { Status = RemoteStartStopStatus.Accepted });
            s.Session();
        });
        yield return Case("TC_066_CSMS", "Get composite schedule", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to get the composite schedule of connector 1 for 300 s", api => api.Get("composite-schedule?evse_id=1&duration=300&rate_unit=A"));
            s.ExpectCall(V16Actions.GetCompositeSchedule).Where(r => r.ConnectorId == Connector && r.Duration == 300)
                .Reply((st, _) => new GetCompositeScheduleResponse
                {
                    Status = GetCompositeScheduleStatus.Accepted,
                    ConnectorId = Connector,
                    ScheduleStart = st.Now,
                    ChargingSchedule = new ChargingSchedule { Duration = 300, ChargingRateUnit = ChargingRateUnitType.A, ChargingSchedulePeriod = [new ChargingSchedulePeriod { StartPeriod = 0, Limit = 16 }] },
                });
        });
        yield return Case("TC_067_CSMS", "Clear charging profile", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to clear charging profile 8001", api => api.Delete("charging-profiles?profile_id=8001"));
            s.ExpectCall(V16Actions.ClearChargingProfile).Where(r => r.Id == 8001).Reply(_ => new ClearChargingProfileResponse { Status = ClearChargingProfileStatus.Accepted });
        });
    }

    private static void LocalList(CaseScript s, string apiType, UpdateType expected, UpdateStatus answer)
    {
        s.Booted();
        s.Operator($"Request the CSMS to send a {expected} local authorization list", (api, st) => api.Post("local-list", new JsonObject
        {
            ["version"] = 5,
            ["update_type"] = apiType,
            ["entries"] = new JsonArray(new JsonObject { ["id_token"] = st.Tokens.Valid, ["status"] = "Accepted" }),
        }));
        s.ExpectCall(V16Actions.SendLocalList)
            .Where(r => r.UpdateType == expected && r.ListVersion > 0 && r.LocalAuthorizationList is { Count: > 0 })
            .Reply(_ => new SendLocalListResponse { Status = answer });
    }

    private static void Firmware(CaseScript s, params FirmwareStatus[] progress)
    {
        s.Booted();
        s.Operator("Request the CSMS to update the firmware", (api, st) => api.Post("firmware", new JsonObject { ["location"] = "https://firmware.example.com/sc-ct-1.0.1.bin", ["retrieve_at"] = Time(st.Now) }));
        s.ExpectCall(V16Actions.UpdateFirmware).Where(r => r.Location.Length > 0).Reply(_ => new UpdateFirmwareResponse());
        foreach (var status in progress)
        {
            s.Send(_ => new FirmwareStatusNotificationRequest { Status = status });
        }
    }

    private static void Diagnostics(CaseScript s, params DiagnosticsStatus[] progress)
    {
        s.Booted();
        s.Operator("Request the CSMS to get the diagnostics", api => api.Post("diagnostics", new JsonObject { ["location"] = "ftp://logs.example.com/upload/" }));
        s.ExpectCall(V16Actions.GetDiagnostics).Where(r => r.Location.Length > 0).Reply(_ => new GetDiagnosticsResponse { FileName = "diagnostics.zip" });
        foreach (var status in progress)
        {
            s.Send(_ => new DiagnosticsStatusNotificationRequest { Status = status });
        }
    }

    private static void Reserve(CaseScript s, ReservationStatus answer)
    {
        s.ValidToken();
        s.Booted();
        s.Operator("Request the CSMS to reserve connector 1 for the valid idTag", (api, st) => api.Post("reservations", new JsonObject { ["id_token"] = st.Tokens.Valid, ["expires_at"] = Time(st.Now.AddMinutes(10)), ["evse_id"] = Connector }));
        s.ExpectCall(V16Actions.ReserveNow)
            .Where((r, st) => r.ConnectorId == Connector && r.IdTag == st.Tokens.Valid && r.ExpiryDate > st.Now)
            .Then((st, r) => st.RequestId = r.ReservationId)
            .Reply(_ => new ReserveNowResponse { Status = answer });
    }

    private static void Cancel(CaseScript s, CancelReservationStatus answer)
    {
        Reserve(s, ReservationStatus.Accepted);
        s.Status(ChargePointStatus.Reserved);
        s.Operator("Request the CSMS to cancel the reservation", (api, st) => api.Delete($"reservations/{st.RequestId}"));
        s.ExpectCall(V16Actions.CancelReservation).Where((r, st) => r.ReservationId == st.RequestId).Reply(_ => new CancelReservationResponse { Status = answer });
        if (answer == CancelReservationStatus.Accepted)
        {
            s.Status(ChargePointStatus.Available);
        }
    }

    private static void Trigger(CaseScript s, TriggerMessageStatus answer)
    {
        s.Booted();
        s.Operator("Request the CSMS to trigger MeterValues for connector 1", api => api.Post("trigger", new JsonObject { ["requested_message"] = "MeterValues", ["evse_id"] = Connector }));
        s.ExpectCall(V16Actions.TriggerMessage).Where(r => r.RequestedMessage == MessageTrigger.MeterValues && r.ConnectorId == Connector)
            .Reply(_ => new TriggerMessageResponse { Status = answer });
    }

    private static void SetProfile(CaseScript s, string purpose, ChargingProfilePurposeType expected)
    {
        s.Booted();
        s.Operator($"Request the CSMS to set a {expected} on connector 1", api => api.Post("charging-profiles", new JsonObject { ["evse_id"] = Connector, ["profile"] = Profile(purpose, 8001, null) }));
        s.ExpectCall(V16Actions.SetChargingProfile)
            .Where(r => r.ConnectorId == Connector && r.CsChargingProfiles.ChargingProfilePurpose == expected && r.CsChargingProfiles.ChargingSchedule.ChargingSchedulePeriod.Count > 0)
            .Where(r => r.CsChargingProfiles.ChargingSchedule.ChargingSchedulePeriod[0].StartPeriod == 0)
            .Reply(_ => new SetChargingProfileResponse { Status = ChargingProfileStatus.Accepted });
    }

    private static JsonObject Profile(string purpose, int id, int? transactionId)
    {
        var profile = new JsonObject
        {
            ["id"] = id,
            ["stack_level"] = 1,
            ["purpose"] = purpose,
            ["rate_unit"] = "A",
            ["periods"] = new JsonArray(new JsonObject { ["start_seconds"] = 0, ["limit"] = 16 }),
        };
        if (transactionId is { } t)
        {
            profile["transaction_id"] = t;
        }

        return profile;
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
