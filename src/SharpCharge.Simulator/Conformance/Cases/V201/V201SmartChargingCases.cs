using System.Globalization;
using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block K, smart charging: set, clear and compose charging profiles (Part 6 TC_K_*_CSMS).</summary>
internal static class V201SmartChargingCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_K_01_CSMS", "Set Charging Profile - TxDefaultProfile - Specific EVSE", s =>
            SetProfile(s, V201States.Evse, "tx_default", ChargingProfilePurposeEnumType.TxDefaultProfile));
        yield return Case("TC_K_03_CSMS", "Set Charging Profile - ChargingStationMaxProfile", s =>
            SetProfile(s, 0, "charger_max", ChargingProfilePurposeEnumType.ChargingStationMaxProfile));
        yield return Case("TC_K_10_CSMS", "Set Charging Profile - TxDefaultProfile - All EVSE", s =>
            SetProfile(s, 0, "tx_default", ChargingProfilePurposeEnumType.TxDefaultProfile));

        yield return Case("TC_K_05_CSMS", "Clear Charging Profile - With chargingProfileId", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to clear charging profile 7001", api => api.Delete("charging-profiles?profile_id=7001"));
            s.ExpectCall(V201Actions.ClearChargingProfile).Where(r => r.ChargingProfileId == 7001 && r.ChargingProfileCriteria == null)
                .Reply(_ => new ClearChargingProfileResponse { Status = ClearChargingProfileStatusEnumType.Accepted });
        });

        yield return Case("TC_K_08_CSMS", "Clear Charging Profile - Without previous charging profile", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to clear charging profile 7002", api => api.Delete("charging-profiles?profile_id=7002"));
            s.ExpectCall(V201Actions.ClearChargingProfile).Where(r => r.ChargingProfileId == 7002)
                .Reply(_ => new ClearChargingProfileResponse { Status = ClearChargingProfileStatusEnumType.Unknown });
        });

        yield return Case("TC_K_43_CSMS", "Get Composite Schedule - Specific EVSE", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to get the composite schedule of EVSE 1 for 300 s in W", api => api.Get("composite-schedule?evse_id=1&duration=300&rate_unit=W"));
            s.ExpectCall(V201Actions.GetCompositeSchedule)
                .Where(r => r.EvseId == V201States.Evse && r.Duration == 300 && r.ChargingRateUnit == ChargingRateUnitEnumType.W)
                .Reply((st, r) => new GetCompositeScheduleResponse
                {
                    Status = GenericStatusEnumType.Accepted,
                    Schedule = new CompositeScheduleType
                    {
                        EvseId = r.EvseId,
                        Duration = r.Duration,
                        ScheduleStart = st.Now,
                        ChargingRateUnit = ChargingRateUnitEnumType.W,
                        ChargingSchedulePeriod = [new ChargingSchedulePeriodType { StartPeriod = 0, Limit = 11000 }],
                    },
                });
        });

        yield return Case("TC_K_37_CSMS", "Remote start transaction with charging profile - Success", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Operator("Request the CSMS to start a transaction on EVSE 1 with a TxProfile of 16 A", (api, st) => api.Post("start", new JsonObject
            {
                ["id_token"] = st.Tokens.Valid,
                ["evse_id"] = V201States.Evse,
                ["charging_profile"] = Profile("tx", 7003),
            }));
            s.ExpectCall(V201Actions.RequestStartTransaction)
                .Where(r => r.ChargingProfile != null && r.ChargingProfile.ChargingProfilePurpose == ChargingProfilePurposeEnumType.TxProfile)
                .Where(r => r.ChargingProfile!.ChargingSchedule.All(c => IsAscending(c.ChargingSchedulePeriod)))
                .Then((st, r) =>
                {
                    st.RequestId = r.RemoteStartId;
                    st.NewTransaction();
                })
                .Reply(_ => new RequestStartTransactionResponse { Status = RequestStartStopStatusEnumType.Accepted });
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Started, TriggerReasonEnumType.RemoteStart, ChargingStateEnumType.Idle, V201States.Token(st.Tokens.Valid), ReadingContextEnumType.TransactionBegin, remoteStartId: st.RequestId));
            s.ConnectorStatus(ConnectorStatusEnumType.Occupied);
            s.EnergyTransferStarted();
            s.StopAndUnplug();
        });
    }

    private static void SetProfile(CaseScript s, int evse, string purpose, ChargingProfilePurposeEnumType expected)
    {
        s.Booted();
        s.Operator($"Request the CSMS to set a {expected} on EVSE {evse}", api => api.Post("charging-profiles", new JsonObject { ["evse_id"] = evse, ["profile"] = Profile(purpose, 7001) }));
        s.ExpectCall(V201Actions.SetChargingProfile)
            .Where(r => r.EvseId == evse && r.ChargingProfile.ChargingProfilePurpose == expected)
            .Where(r => r.ChargingProfile.ChargingSchedule.Count > 0 && r.ChargingProfile.ChargingSchedule.All(c => IsAscending(c.ChargingSchedulePeriod)))
            .Where(r => r.ChargingProfile.ChargingSchedule.All(c => c.ChargingSchedulePeriod.All(p => p.PhaseToUse == null || p.NumberPhases == 1)))
            .Reply(_ => new SetChargingProfileResponse { Status = ChargingProfileStatusEnumType.Accepted });
    }

    /// <summary>The tool's rule: schedule periods come in ascending startPeriod order, the first at 0 (K01.FR.40 and .FR.19).</summary>
    private static bool IsAscending(IReadOnlyList<ChargingSchedulePeriodType> periods)
        => periods.Count > 0 && periods[0].StartPeriod == 0 && periods.Zip(periods.Skip(1)).All(p => p.First.StartPeriod < p.Second.StartPeriod);

    // TC_K_03/TC_K_10 expect validFrom, validTo and startSchedule; a station maximum cannot be Relative (K01.FR.38).
    private static JsonObject Profile(string purpose, int id) => new()
    {
        ["id"] = id,
        ["stack_level"] = 1,
        ["purpose"] = purpose,
        ["rate_unit"] = "A",
        ["start_schedule"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture),
        ["valid_from"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture),
        ["valid_to"] = DateTimeOffset.UtcNow.AddDays(1).ToString("O", CultureInfo.InvariantCulture),
        ["periods"] = new JsonArray(new JsonObject { ["start_seconds"] = 0, ["limit"] = 16 }, new JsonObject { ["start_seconds"] = 3600, ["limit"] = 32 }),
    };
}
