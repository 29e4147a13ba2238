using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.SmartCharging;
using SharpCharge.Ocpp.SmartCharging.V201;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>A 2.0.1 station obeying the charging profiles of a minimal in-process central system, on a manual clock.</summary>
public sealed class ChargingStationSmartChargingV201Tests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset LongAgo = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.04, K10.FR.04, K10.FR.05; TC_K_60_CSMS, TC_K_06_CSMS")]
    public async Task SetChargingProfile_TxProfile_LowersTheMeteredPowerUntilCleared()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => (central = new MiniCentralSystem201(time)).Router);
        var transactionId = await StartSessionAsync(harness);
        await harness.AdvanceUntilAsync(() => Updates(central!).Count >= 1, Step);

        var set = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 1, ChargingProfile = Profile(5, ChargingProfilePurposeEnumType.TxProfile, 0, 4_000m, transactionId) });
        var setAt = harness.Time.GetUtcNow();
        await harness.AdvanceUntilAsync(() => Samples(central!).Any(s => s.Timestamp > setAt && Value(s, MeasurandEnumType.PowerActiveImport) == 4_000m), Step);
        var cleared = await harness.Connector.Server.CallAsync(new ClearChargingProfileRequest
        {
            ChargingProfileCriteria = new ClearChargingProfileType { EvseId = 1, ChargingProfilePurpose = ChargingProfilePurposeEnumType.TxProfile },
        });
        var clearedAt = harness.Time.GetUtcNow();
        await harness.AdvanceUntilAsync(() => Samples(central!).Any(s => s.Timestamp > clearedAt && Value(s, MeasurandEnumType.PowerActiveImport) == 11_000m), Step);

        Assert.Equal(ChargingProfileStatusEnumType.Accepted, set.Status);
        Assert.Equal(ClearChargingProfileStatusEnumType.Accepted, cleared.Status);
        var samples = Samples(central!);
        decimal[] Powers(Func<DateTimeOffset, bool> when) => samples.Where(s => when(s.Timestamp)).Select(s => Value(s, MeasurandEnumType.PowerActiveImport)).ToArray();

        // Timestamps are the manual clock's, so they place each sample before or after the profile arrived however
        // late the meter loop ran on a busy machine; the sample whose interval straddles a change may show either power.
        Assert.All(Powers(t => t <= setAt), p => Assert.Equal(11_000m, p));
        Assert.All(Powers(t => t > setAt && t <= clearedAt).Skip(1), p => Assert.Equal(4_000m, p));
        Assert.All(Powers(t => t > clearedAt).Skip(1), p => Assert.Equal(11_000m, p));
        for (var i = 1; i < samples.Length; i++)
        {
            var grown = Value(samples[i], MeasurandEnumType.EnergyActiveImportRegister) - Value(samples[i - 1], MeasurandEnumType.EnergyActiveImportRegister);
            Assert.Equal(decimal.Round(Value(samples[i], MeasurandEnumType.PowerActiveImport) * (decimal)(samples[i].Timestamp - samples[i - 1].Timestamp).TotalHours, 3), grown);
        }
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.09, K01.FR.33; TC_K_02_CSMS")]
    public async Task SetChargingProfile_TxProfileWithoutOrWithUnknownTransaction_IsRejectedTxNotFound()
    {
        await using var harness = await StartAsync();
        var none = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 1, ChargingProfile = Profile(1, ChargingProfilePurposeEnumType.TxProfile, 0, 4_000m, "nope") });
        await StartSessionAsync(harness);

        var unknown = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 1, ChargingProfile = Profile(1, ChargingProfilePurposeEnumType.TxProfile, 0, 4_000m, "nope") });
        var missing = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 1, ChargingProfile = Profile(1, ChargingProfilePurposeEnumType.TxProfile, 0, 4_000m, null) });

        Assert.All([none, unknown, missing], a => Assert.Equal(ChargingProfileStatusEnumType.Rejected, a.Status));
        Assert.All([none, unknown, missing], a => Assert.Equal("TxNotFound", a.StatusInfo!.ReasonCode));
        Assert.Equal(11_000m, harness.Station.GetOfferedPowerW(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.28, K01.FR.22, K01.FR.38, K01.FR.40")]
    public async Task SetChargingProfile_UnknownEvseExternalPurposeOrBrokenSchedule_IsRejected()
    {
        await using var harness = await StartAsync();
        var relativeMax = Profile(3, ChargingProfilePurposeEnumType.ChargingStationMaxProfile, 0, 4_000m, null) with { ChargingProfileKind = ChargingProfileKindEnumType.Relative };
        var noStart = Profile(4, ChargingProfilePurposeEnumType.TxDefaultProfile, 0, 4_000m, null) is var p
            ? p with { ChargingSchedule = [p.ChargingSchedule[0] with { StartSchedule = null }] }
            : p;

        var unknownEvse = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 2, ChargingProfile = Profile(1, ChargingProfilePurposeEnumType.TxDefaultProfile, 0, 4_000m, null) });
        var external = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 0, ChargingProfile = Profile(2, ChargingProfilePurposeEnumType.ChargingStationExternalConstraints, 0, 4_000m, null) });
        var relative = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 0, ChargingProfile = relativeMax });
        var unstarted = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 0, ChargingProfile = noStart });

        Assert.Equal(("UnknownEvse", ChargingProfileStatusEnumType.Rejected), (unknownEvse.StatusInfo!.ReasonCode, unknownEvse.Status));
        Assert.Equal(("InvalidProfile", ChargingProfileStatusEnumType.Rejected), (external.StatusInfo!.ReasonCode, external.Status));
        Assert.Equal(("InvalidProfile", ChargingProfileStatusEnumType.Rejected), (relative.StatusInfo!.ReasonCode, relative.Status));
        Assert.Equal(("InvalidSchedule", ChargingProfileStatusEnumType.Rejected), (unstarted.StatusInfo!.ReasonCode, unstarted.Status));
        Assert.Equal(11_000m, harness.Station.GetOfferedPowerW(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.52, K01.FR.53")]
    public async Task SetChargingProfile_TxDefaultStackLevelOnEvseZeroAndAnEvse_IsRejectedDuplicateProfile()
    {
        await using var harness = await StartAsync();

        var first = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 0, ChargingProfile = Profile(1, ChargingProfilePurposeEnumType.TxDefaultProfile, 2, 6_000m, null) });
        var second = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 1, ChargingProfile = Profile(2, ChargingProfilePurposeEnumType.TxDefaultProfile, 2, 3_000m, null) });

        Assert.Equal(ChargingProfileStatusEnumType.Accepted, first.Status);
        Assert.Equal(ChargingProfileStatusEnumType.Rejected, second.Status);
        Assert.Equal("DuplicateProfile", second.StatusInfo!.ReasonCode);
        Assert.Equal(6_000m, harness.Station.GetOfferedPowerW(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.05; TC_K_04_CSMS")]
    public async Task SetChargingProfile_KnownId_ReplacesTheProfile()
    {
        await using var harness = await StartAsync();

        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 0, ChargingProfile = Profile(7, ChargingProfilePurposeEnumType.ChargingStationMaxProfile, 0, 6_000m, null) });
        var before = harness.Station.GetOfferedPowerW(1);
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 0, ChargingProfile = Profile(7, ChargingProfilePurposeEnumType.ChargingStationMaxProfile, 1, 8_000m, null) });

        Assert.Equal(6_000m, before);
        Assert.Equal(8_000m, harness.Station.GetOfferedPowerW(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K10.FR.01; TC_K_08_CSMS")]
    public async Task ClearChargingProfile_UnknownId_IsUnknown()
    {
        await using var harness = await StartAsync();

        var answer = await harness.Connector.Server.CallAsync(new ClearChargingProfileRequest { ChargingProfileId = 404 });

        Assert.Equal(ClearChargingProfileStatusEnumType.Unknown, answer.Status);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K08.FR.02, K08.FR.05, K08.FR.06; TC_K_43_CSMS, TC_K_44_CSMS")]
    public async Task GetCompositeSchedule_ReturnsWhatTheCalculatorComputes()
    {
        await using var harness = await StartAsync();
        var max = Profile(1, ChargingProfilePurposeEnumType.ChargingStationMaxProfile, 0, 7_000m, null);
        var txDefault = Profile(2, ChargingProfilePurposeEnumType.TxDefaultProfile, 0, 0m, null) with
        {
            ChargingProfileKind = ChargingProfileKindEnumType.Relative,
            ChargingSchedule = [new ChargingScheduleType
            {
                Id = 1,
                ChargingRateUnit = ChargingRateUnitEnumType.A,
                ChargingSchedulePeriod = [new ChargingSchedulePeriodType { StartPeriod = 0, Limit = 6m }, new ChargingSchedulePeriodType { StartPeriod = 120, Limit = 16m, NumberPhases = 1 }],
            }],
        };
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 0, ChargingProfile = max });
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 0, ChargingProfile = txDefault });

        var evse = await harness.Connector.Server.CallAsync(new GetCompositeScheduleRequest { EvseId = 1, Duration = 300, ChargingRateUnit = ChargingRateUnitEnumType.W });
        var station = await harness.Connector.Server.CallAsync(new GetCompositeScheduleRequest { EvseId = 0, Duration = 300 });
        var unknown = await harness.Connector.Server.CallAsync(new GetCompositeScheduleRequest { EvseId = 3, Duration = 300 });

        var expected = CompositeScheduleCalculator.Calculate(new CompositeScheduleInput
        {
            Start = harness.Time.GetUtcNow(),
            Duration = 300,
            Evse = new EvseElectrical { MaxPowerW = 11_000m },
            StationProfiles = [V201ChargingProfileMapping.ToModel(max), V201ChargingProfileMapping.ToModel(txDefault)],
        });
        Assert.Equal(GenericStatusEnumType.Accepted, evse.Status);
        Assert.Equal(1, evse.Schedule!.EvseId);
        Assert.Equal(harness.Time.GetUtcNow(), evse.Schedule.ScheduleStart);
        Assert.Equal(expected.Periods.Select(p => (p.StartPeriod, p.Limit!.Value, p.NumberPhases)), evse.Schedule.ChargingSchedulePeriod.Select(p => (p.StartPeriod, p.Limit, p.NumberPhases)));

        // Without a transaction the Relative default counts from now (K08.FR.06): 6 A on 3 phases, then 16 A on one.
        Assert.Equal([(0, 4_140m), (120, 3_680m)], evse.Schedule.ChargingSchedulePeriod.Select(p => (p.StartPeriod, p.Limit)));
        Assert.Equal([(0, 7_000m)], station.Schedule!.ChargingSchedulePeriod.Select(p => (p.StartPeriod, p.Limit)));
        Assert.Equal(GenericStatusEnumType.Rejected, unknown.Status);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K09.FR.01, K09.FR.02, K09.FR.04-06; TC_K_29_CSMS..TC_K_36_CSMS")]
    public async Task GetChargingProfiles_MatchingProfiles_AreReportedPerEvseAfterTheAnswer()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => (central = new MiniCentralSystem201(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 0, ChargingProfile = Profile(1, ChargingProfilePurposeEnumType.ChargingStationMaxProfile, 0, 9_000m, null) });
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { EvseId = 1, ChargingProfile = Profile(2, ChargingProfilePurposeEnumType.TxDefaultProfile, 1, 5_000m, null) });

        var all = await harness.Connector.Server.CallAsync(new GetChargingProfilesRequest { RequestId = 31, ChargingProfile = new ChargingProfileCriterionType { ChargingLimitSource = [ChargingLimitSourceEnumType.CSO] } });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<ReportChargingProfilesRequest>().Count == 2));
        var onEvse = await harness.Connector.Server.CallAsync(new GetChargingProfilesRequest { RequestId = 32, EvseId = 1, ChargingProfile = new ChargingProfileCriterionType { StackLevel = 1 } });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<ReportChargingProfilesRequest>().Count == 3));
        var none = await harness.Connector.Server.CallAsync(new GetChargingProfilesRequest { RequestId = 33, EvseId = 0, ChargingProfile = new ChargingProfileCriterionType { ChargingProfilePurpose = ChargingProfilePurposeEnumType.TxProfile } });

        Assert.Equal(GetChargingProfileStatusEnumType.Accepted, all.Status);
        Assert.Equal(GetChargingProfileStatusEnumType.Accepted, onEvse.Status);
        Assert.Equal(GetChargingProfileStatusEnumType.NoProfiles, none.Status);
        var reports = central!.All<ReportChargingProfilesRequest>();
        Assert.Equal([(31, 0, true), (31, 1, false), (32, 1, false)], reports.Select(r => (r.RequestId, r.EvseId, r.Tbc ?? false)));
        Assert.All(reports, r => Assert.Equal(ChargingLimitSourceEnumType.CSO, r.ChargingLimitSource));
        Assert.Equal(9_000m, reports[0].ChargingProfile.Single().ChargingSchedule[0].ChargingSchedulePeriod[0].Limit);
        Assert.Equal(2, reports[2].ChargingProfile.Single().Id);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K05.FR.03, K05.FR.05; TC_K_37_CSMS")]
    public async Task RequestStart_WithTxProfile_LimitsTheSessionAndAnInvalidProfileIsRejected()
    {
        await using var harness = await StartAsync();
        var invalid = await harness.Connector.Server.CallAsync(new RequestStartTransactionRequest
        {
            IdToken = new IdTokenType { IdToken = "APP-7", Type = IdTokenEnumType.Central },
            RemoteStartId = 1,
            EvseId = 1,
            ChargingProfile = Profile(8, ChargingProfilePurposeEnumType.TxDefaultProfile, 0, 3_000m, null),
        });
        var valid = await harness.Connector.Server.CallAsync(new RequestStartTransactionRequest
        {
            IdToken = new IdTokenType { IdToken = "APP-7", Type = IdTokenEnumType.Central },
            RemoteStartId = 2,
            EvseId = 1,
            ChargingProfile = Profile(9, ChargingProfilePurposeEnumType.TxProfile, 0, 3_000m, null),
        });

        Assert.Equal(RequestStartStopStatusEnumType.Rejected, invalid.Status);
        Assert.Equal("InvalidProfile", invalid.StatusInfo!.ReasonCode);
        Assert.Equal(RequestStartStopStatusEnumType.Accepted, valid.Status);
        Assert.Equal(3_000m, harness.Station.GetOfferedPowerW(1));
        Assert.True(harness.Station.StopSession(1));
        Assert.Equal(11_000m, harness.Station.GetOfferedPowerW(1));
    }

    private static List<TransactionEventRequest> Updates(MiniCentralSystem201 central)
        => [.. central.All<TransactionEventRequest>().Where(e => e.EventType == TransactionEventEnumType.Updated)];

    private static async Task<StationHarness> StartAsync()
    {
        var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => new MiniCentralSystem201(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }

    private static async Task<string> StartSessionAsync(StationHarness harness)
    {
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "TAG-1"));
        return harness.Station.GetTransactionId(1)!;
    }

    private static ChargingProfileType Profile(int id, ChargingProfilePurposeEnumType purpose, int stackLevel, decimal watts, string? transactionId) => new()
    {
        Id = id,
        StackLevel = stackLevel,
        ChargingProfilePurpose = purpose,
        ChargingProfileKind = ChargingProfileKindEnumType.Absolute,
        TransactionId = transactionId,
        ChargingSchedule =
        [
            new ChargingScheduleType
            {
                Id = 1,
                StartSchedule = LongAgo,
                ChargingRateUnit = ChargingRateUnitEnumType.W,
                ChargingSchedulePeriod = [new ChargingSchedulePeriodType { StartPeriod = 0, Limit = watts }],
            },
        ],
    };

    private static MeterValueType[] Samples(MiniCentralSystem201 central) => Updates(central).Select(e => e.MeterValue![0]).ToArray();

    private static decimal Value(MeterValueType sample, MeasurandEnumType measurand) => sample.SampledValue.First(v => v.Measurand == measurand).Value;
}
