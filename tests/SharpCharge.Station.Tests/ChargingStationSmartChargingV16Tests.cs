using System.Globalization;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.SmartCharging;
using ChargingProfile = SharpCharge.Ocpp.Messages.V16.ChargingProfile;
using ChargingSchedule = SharpCharge.Ocpp.Messages.V16.ChargingSchedule;
using ChargingSchedulePeriod = SharpCharge.Ocpp.Messages.V16.ChargingSchedulePeriod;
using SharpCharge.Ocpp.SmartCharging.V16;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>A 1.6 station obeying the charging profiles of a minimal in-process central system, on a manual clock.</summary>
public sealed class ChargingStationSmartChargingV16Tests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(10);

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.1, §5.16.3, §5.5; OCTT TC_057_CSMS, TC_067_CSMS")]
    public async Task SetChargingProfile_TxProfile_LowersTheMeteredPowerUntilCleared()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => (central = new MiniCentralSystem16(time)).Router);
        var transactionId = await StartSessionAsync(harness);
        await harness.AdvanceUntilAsync(() => central!.All<MeterValuesRequest>().Count >= 1, Step);

        var set = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest
        {
            ConnectorId = 1,
            CsChargingProfiles = TxProfile(id: 5, amps: 10m, transactionId),
        });
        var setAt = harness.Time.GetUtcNow();
        await harness.AdvanceUntilAsync(() => Samples(central!).Any(s => s.Timestamp > setAt && Value(s, Measurand.PowerActiveImport) == "6900"), Step);
        var cleared = await harness.Connector.Server.CallAsync(new ClearChargingProfileRequest { Id = 5 });
        var clearedAt = harness.Time.GetUtcNow();
        await harness.AdvanceUntilAsync(() => Samples(central!).Any(s => s.Timestamp > clearedAt && Value(s, Measurand.PowerActiveImport) == "11000"), Step);

        Assert.Equal(ChargingProfileStatus.Accepted, set.Status);
        Assert.Equal(ClearChargingProfileStatus.Accepted, cleared.Status);
        var samples = Samples(central!);
        string[] Powers(Func<DateTimeOffset, bool> when) => samples.Where(s => when(s.Timestamp)).Select(s => Value(s, Measurand.PowerActiveImport)).ToArray();

        // Timestamps are the manual clock's, so they place each sample before or after the profile arrived however
        // late the meter loop ran on a busy machine; the sample whose interval straddles a change may show either power.
        Assert.All(Powers(t => t <= setAt), p => Assert.Equal("11000", p));
        Assert.All(Powers(t => t > setAt && t <= clearedAt).Skip(1), p => Assert.Equal("6900", p));
        Assert.All(Powers(t => t > clearedAt).Skip(1), p => Assert.Equal("11000", p));

        // The register grows by the offered power over each interval: 10 A on three phases of 230 V is 6 900 W.
        for (var i = 1; i < samples.Length; i++)
        {
            var grown = decimal.Parse(Value(samples[i], Measurand.EnergyActiveImportRegister), CultureInfo.InvariantCulture)
                        - decimal.Parse(Value(samples[i - 1], Measurand.EnergyActiveImportRegister), CultureInfo.InvariantCulture);
            var power = decimal.Parse(Value(samples[i], Measurand.PowerActiveImport), CultureInfo.InvariantCulture);
            Assert.Equal(decimal.Round(power * (decimal)(samples[i].Timestamp - samples[i - 1].Timestamp).TotalHours, 3), grown);
        }
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.1: TxProfile without a transaction; §5.16.4")]
    public async Task SetChargingProfile_TxProfileWithoutTransaction_IsRejected()
    {
        await using var harness = await StartAsync();

        var answer = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 1, CsChargingProfiles = TxProfile(id: 1, amps: 10m, transactionId: null) });

        Assert.Equal(ChargingProfileStatus.Rejected, answer.Status);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.1: ChargePointMaxProfile only on connector 0")]
    public async Task SetChargingProfile_ChargePointMaxOnAConnector_IsRejected()
    {
        await using var harness = await StartAsync();

        var answer = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 1, CsChargingProfiles = Absolute(1, ChargingProfilePurposeType.ChargePointMaxProfile, 0, 5_000m) });

        Assert.Equal(ChargingProfileStatus.Rejected, answer.Status);
        Assert.Equal(11_000m, harness.Station.GetOfferedPowerW(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.1: a TxProfile names the running transaction")]
    public async Task SetChargingProfile_TxProfileForAnotherTransaction_IsRejected()
    {
        await using var harness = await StartAsync();
        var transactionId = await StartSessionAsync(harness);

        var answer = await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 1, CsChargingProfiles = TxProfile(id: 1, amps: 10m, transactionId + 1) });

        Assert.Equal(ChargingProfileStatus.Rejected, answer.Status);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 errata §3.39")]
    public async Task SetChargingProfile_UnknownConnector_IsPropertyConstraintViolation()
    {
        await using var harness = await StartAsync();

        var error = await Assert.ThrowsAsync<OcppCallException>(async () =>
            await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 2, CsChargingProfiles = Absolute(1, ChargingProfilePurposeType.TxDefaultProfile, 0, 5_000m) }));

        Assert.Equal(OcppErrorCode.PropertyConstraintViolation, error.ErrorCode);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.2: same stack level and purpose replaces")]
    public async Task SetChargingProfile_SameStackLevelAndPurpose_ReplacesTheOldProfile()
    {
        await using var harness = await StartAsync();

        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 0, CsChargingProfiles = Absolute(1, ChargingProfilePurposeType.TxDefaultProfile, 2, 4_000m) });
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 0, CsChargingProfiles = Absolute(2, ChargingProfilePurposeType.TxDefaultProfile, 2, 9_000m) });
        var first = await harness.Connector.Server.CallAsync(new ClearChargingProfileRequest { Id = 1 });

        Assert.Equal(ClearChargingProfileStatus.Unknown, first.Status);
        Assert.Equal(9_000m, harness.Station.GetOfferedPowerW(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.5, OCPP-NOTES §4.11; OCTT TC_067_CSMS")]
    public async Task ClearChargingProfile_ByCriteria_ClearsOnlyMatchesAndNothingMatchingIsUnknown()
    {
        await using var harness = await StartAsync();
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 0, CsChargingProfiles = Absolute(1, ChargingProfilePurposeType.ChargePointMaxProfile, 0, 8_000m) });
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 1, CsChargingProfiles = Absolute(2, ChargingProfilePurposeType.TxDefaultProfile, 0, 4_000m) });

        var none = await harness.Connector.Server.CallAsync(new ClearChargingProfileRequest { ConnectorId = 1, StackLevel = 3 });
        var some = await harness.Connector.Server.CallAsync(new ClearChargingProfileRequest { ConnectorId = 1, ChargingProfilePurpose = ChargingProfilePurposeType.TxDefaultProfile });

        Assert.Equal(ClearChargingProfileStatus.Unknown, none.Status);
        Assert.Equal(ClearChargingProfileStatus.Accepted, some.Status);
        Assert.Equal(8_000m, harness.Station.GetOfferedPowerW(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.7, errata §3.51; OCTT TC_066_CSMS")]
    public async Task GetCompositeSchedule_ReturnsWhatTheCalculatorComputes()
    {
        await using var harness = await StartAsync();
        var start = harness.Time.GetUtcNow();
        var max = Absolute(1, ChargingProfilePurposeType.ChargePointMaxProfile, 0, 9_000m) with
        {
            ChargingSchedule = new ChargingSchedule
            {
                StartSchedule = start,
                ChargingRateUnit = ChargingRateUnitType.W,
                ChargingSchedulePeriod = [new ChargingSchedulePeriod { StartPeriod = 0, Limit = 9_000m }, new ChargingSchedulePeriod { StartPeriod = 600, Limit = 4_600m }],
            },
        };
        var txDefault = Absolute(2, ChargingProfilePurposeType.TxDefaultProfile, 0, 0m) with
        {
            ChargingSchedule = new ChargingSchedule
            {
                StartSchedule = start,
                Duration = 900,
                ChargingRateUnit = ChargingRateUnitType.A,
                ChargingSchedulePeriod = [new ChargingSchedulePeriod { StartPeriod = 0, Limit = 10m }, new ChargingSchedulePeriod { StartPeriod = 300, Limit = 16m }],
            },
        };
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 0, CsChargingProfiles = max });
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 1, CsChargingProfiles = txDefault });

        var answer = await harness.Connector.Server.CallAsync(new GetCompositeScheduleRequest { ConnectorId = 1, Duration = 1_200, ChargingRateUnit = ChargingRateUnitType.A });
        var unknown = await harness.Connector.Server.CallAsync(new GetCompositeScheduleRequest { ConnectorId = 7, Duration = 60 });

        var expected = CompositeScheduleCalculator.Calculate(new CompositeScheduleInput
        {
            Start = start,
            Duration = 1_200,
            Unit = ChargingRateUnit.A,
            Evse = new EvseElectrical { MaxPowerW = 11_000m },
            StationProfiles = [V16ChargingProfileMapping.ToModel(max)],
            EvseProfiles = [V16ChargingProfileMapping.ToModel(txDefault)],
        });
        Assert.Equal(GetCompositeScheduleStatus.Accepted, answer.Status);
        Assert.Equal(1, answer.ConnectorId);
        Assert.Equal(start, answer.ScheduleStart);
        Assert.Null(answer.ChargingSchedule!.StartSchedule);
        Assert.Equal(ChargingRateUnitType.A, answer.ChargingSchedule.ChargingRateUnit);
        Assert.Equal(expected.Periods.Select(p => (p.StartPeriod, p.Limit!.Value)), answer.ChargingSchedule.ChargingSchedulePeriod.Select(p => (p.StartPeriod, p.Limit)));

        // 10 A, then 13 A (9 kW), then 6.6 A (4.6 kW), which still holds after the TxDefaultProfile's 900 s.
        Assert.Equal([(0, 10m), (300, 13m), (600, 6.6m)], answer.ChargingSchedule.ChargingSchedulePeriod.Select(p => (p.StartPeriod, p.Limit)));
        Assert.Equal(GetCompositeScheduleStatus.Rejected, unknown.Status);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.16.2; OCTT TC_059_CSMS")]
    public async Task RemoteStart_WithTxProfile_LimitsThatSessionAndTheProfileEndsWithIt()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => (central = new MiniCentralSystem16(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));

        var started = await harness.Connector.Server.CallAsync(new RemoteStartTransactionRequest { IdTag = "TAG-1", ConnectorId = 1, ChargingProfile = TxProfile(id: 9, amps: 8m, transactionId: null) });
        var during = harness.Station.GetOfferedPowerW(1);
        var assigned = await harness.Recorder.WaitForAsync(StationEventKind.TransactionIdAssigned);
        await harness.Connector.Server.CallAsync(new RemoteStopTransactionRequest { TransactionId = int.Parse(assigned.TransactionId!, CultureInfo.InvariantCulture) });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<StopTransactionRequest>().Count == 1));
        var cleared = await harness.Connector.Server.CallAsync(new ClearChargingProfileRequest { Id = 9 });

        Assert.Equal(RemoteStartStopStatus.Accepted, started.Status);
        Assert.Equal(5_520m, during);
        Assert.Equal(11_000m, harness.Station.GetOfferedPowerW(1));
        Assert.Equal(ClearChargingProfileStatus.Unknown, cleared.Status);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.16.2: the profile of a remote start is a TxProfile")]
    public async Task RemoteStart_WithTxDefaultProfile_IsRejected()
    {
        await using var harness = await StartAsync();

        var answer = await harness.Connector.Server.CallAsync(new RemoteStartTransactionRequest { IdTag = "TAG-1", ConnectorId = 1, ChargingProfile = Absolute(3, ChargingProfilePurposeType.TxDefaultProfile, 0, 1_000m) });

        Assert.Equal(RemoteStartStopStatus.Rejected, answer.Status);
        Assert.Null(harness.Station.GetTransactionId(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.3: ChargePointMaxProfile is for all connectors combined")]
    public async Task ChargePointMaxProfile_TwoSessions_ShareTheLimit()
    {
        var options = StationHarness.Options(OcppVersion.V16);
        options.Evses = [1, 1];
        await using var harness = await StationHarness.StartAsync(options, time => new MiniCentralSystem16(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        await harness.Connector.Server.CallAsync(new SetChargingProfileRequest { ConnectorId = 0, CsChargingProfiles = Absolute(1, ChargingProfilePurposeType.ChargePointMaxProfile, 0, 12_000m) });

        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "TAG-1"));
        var alone = harness.Station.GetOfferedPowerW(1);
        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(2, "TAG-1"));

        Assert.Equal(11_000m, alone);
        Assert.Equal(6_000m, harness.Station.GetOfferedPowerW(1));
        Assert.Equal(6_000m, harness.Station.GetOfferedPowerW(2));
    }

    private static async Task<StationHarness> StartAsync()
    {
        var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => new MiniCentralSystem16(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }

    private static async Task<int> StartSessionAsync(StationHarness harness)
    {
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "TAG-1"));
        var assigned = await harness.Recorder.WaitForAsync(StationEventKind.TransactionIdAssigned);
        return int.Parse(assigned.TransactionId!, CultureInfo.InvariantCulture);
    }

    private static ChargingProfile TxProfile(int id, decimal amps, int? transactionId) => new()
    {
        ChargingProfileId = id,
        TransactionId = transactionId,
        StackLevel = 0,
        ChargingProfilePurpose = ChargingProfilePurposeType.TxProfile,
        ChargingProfileKind = ChargingProfileKindType.Relative,
        ChargingSchedule = new ChargingSchedule
        {
            ChargingRateUnit = ChargingRateUnitType.A,
            ChargingSchedulePeriod = [new ChargingSchedulePeriod { StartPeriod = 0, Limit = amps }],
        },
    };

    private static ChargingProfile Absolute(int id, ChargingProfilePurposeType purpose, int stackLevel, decimal watts) => new()
    {
        ChargingProfileId = id,
        StackLevel = stackLevel,
        ChargingProfilePurpose = purpose,
        ChargingProfileKind = ChargingProfileKindType.Absolute,
        ChargingSchedule = new ChargingSchedule
        {
            StartSchedule = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ChargingRateUnit = ChargingRateUnitType.W,
            ChargingSchedulePeriod = [new ChargingSchedulePeriod { StartPeriod = 0, Limit = watts }],
        },
    };

    private static MeterValue[] Samples(MiniCentralSystem16 central) => central.All<MeterValuesRequest>().Select(m => m.MeterValue[0]).ToArray();

    private static string Value(MeterValue sample, Measurand measurand) => sample.SampledValue.First(v => v.Measurand == measurand).Value;
}
