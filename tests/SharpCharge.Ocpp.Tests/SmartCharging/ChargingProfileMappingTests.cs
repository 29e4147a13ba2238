using SharpCharge.Ocpp.SmartCharging;
using SharpCharge.Ocpp.SmartCharging.V16;
using SharpCharge.Ocpp.SmartCharging.V201;
using SharpCharge.Ocpp.SmartCharging.V21;
using M16 = SharpCharge.Ocpp.Messages.V16;
using M201 = SharpCharge.Ocpp.Messages.V201;
using M21 = SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Ocpp.Tests.SmartCharging;

/// <summary>Each version's profiles into the model and back.</summary>
public sealed class ChargingProfileMappingTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void V16_ChargePointMaxProfile_BecomesTheStationMaxWithItsScheduleAndTransaction()
    {
        var wire = new M16.ChargingProfile
        {
            ChargingProfileId = 7,
            TransactionId = 42,
            StackLevel = 2,
            ChargingProfilePurpose = M16.ChargingProfilePurposeType.ChargePointMaxProfile,
            ChargingProfileKind = M16.ChargingProfileKindType.Recurring,
            RecurrencyKind = M16.RecurrencyKindType.Weekly,
            ValidTo = Start.AddDays(30),
            ChargingSchedule = new M16.ChargingSchedule
            {
                StartSchedule = Start,
                Duration = 3_600,
                ChargingRateUnit = M16.ChargingRateUnitType.A,
                MinChargingRate = 6m,
                ChargingSchedulePeriod = [new M16.ChargingSchedulePeriod { StartPeriod = 0, Limit = 16m, NumberPhases = 1 }],
            },
        };

        var model = V16ChargingProfileMapping.ToModel(wire);

        Assert.Equal(ChargingProfilePurpose.ChargingStationMaxProfile, model.Purpose);
        Assert.Equal(ChargingProfileKind.Recurring, model.Kind);
        Assert.Equal(RecurrencyKind.Weekly, model.Recurrency);
        Assert.Equal("42", model.TransactionId);
        Assert.Equal(Start.AddDays(30), model.ValidTo);
        Assert.Equal(ChargingRateUnit.A, model.Schedule.RateUnit);
        Assert.Equal(3_600, model.Schedule.Duration);
        Assert.Equal(6m, model.Schedule.MinChargingRate);
        Assert.Equal([new ChargingSchedulePeriod(0, 16m, 1)], model.Schedule.Periods);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 errata §3.57: no startSchedule in a composite schedule")]
    public void V16_CompositeSchedule_HasNoStartScheduleAndKeepsUnitAndPeriods()
    {
        var composite = new CompositeSchedule(Start, 600, ChargingRateUnit.A, [new ChargingSchedulePeriod(0, 16m, 3), new ChargingSchedulePeriod(300, 8m, 3)]);

        var wire = V16ChargingProfileMapping.ToWire(composite);

        Assert.Null(wire.StartSchedule);
        Assert.Equal(600, wire.Duration);
        Assert.Equal(M16.ChargingRateUnitType.A, wire.ChargingRateUnit);
        Assert.Equal([(0, 16m), (300, 8m)], wire.ChargingSchedulePeriod.Select(p => (p.StartPeriod, p.Limit)));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.16: SetChargingProfile.req carries csChargingProfiles")]
    public void V16_Profile_RoundTripsThroughTheModelWithChargePointMaxSpelling()
    {
        var model = new ChargingProfile
        {
            Id = 11,
            StackLevel = 3,
            Purpose = ChargingProfilePurpose.ChargingStationMaxProfile,
            Kind = ChargingProfileKind.Recurring,
            Recurrency = RecurrencyKind.Daily,
            ValidFrom = Start,
            Schedules = [new ChargingSchedule { StartSchedule = Start, Duration = 86_400, RateUnit = ChargingRateUnit.W, MinChargingRate = 1_000m, Periods = [new(0, 50_000m), new(3_600, 20_000m, 1)] }],
        };

        Assert.True(V16ChargingProfileMapping.TryToWire(model, out var wire));

        Assert.Equal(M16.ChargingProfilePurposeType.ChargePointMaxProfile, wire.ChargingProfilePurpose);
        Assert.Equal(M16.ChargingProfileKindType.Recurring, wire.ChargingProfileKind);
        Assert.Equal(M16.RecurrencyKindType.Daily, wire.RecurrencyKind);
        Assert.Equal([(0, 50_000m, (int?)null), (3_600, 20_000m, 1)], wire.ChargingSchedule.ChargingSchedulePeriod.Select(p => (p.StartPeriod, p.Limit, p.NumberPhases)));
        var back = V16ChargingProfileMapping.ToModel(wire);
        Assert.Equal(model with { Schedules = [] }, back with { Schedules = [] });
        Assert.Equal(model.Schedule.Periods, back.Schedule.Periods);
        Assert.Equal((Start, 86_400, 1_000m), (back.Schedule.StartSchedule!.Value, back.Schedule.Duration!.Value, back.Schedule.MinChargingRate!.Value));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §7.13: transactionId is an integer")]
    public void V16_TxProfile_CarriesItsTransactionNumberAndRefusesText()
    {
        var model = new ChargingProfile
        {
            Id = 2,
            StackLevel = 0,
            Purpose = ChargingProfilePurpose.TxProfile,
            Kind = ChargingProfileKind.Relative,
            TransactionId = "42",
            Schedules = [new ChargingSchedule { RateUnit = ChargingRateUnit.A, Periods = [new(0, 16m)] }],
        };

        Assert.True(V16ChargingProfileMapping.TryToWire(model, out var wire));
        Assert.Equal(42, wire.TransactionId);
        Assert.False(V16ChargingProfileMapping.TryToWire(model with { TransactionId = "tx-1" }, out _));
    }

    [Theory]
    [InlineData(ChargingProfilePurpose.ChargingStationExternalConstraints)]
    [InlineData(ChargingProfilePurpose.PriorityCharging)]
    [InlineData(ChargingProfilePurpose.LocalGeneration)]
    public void V16_PurposesOnlyLaterVersionsHave_AreNotMapped(ChargingProfilePurpose purpose)
        => Assert.False(V16ChargingProfileMapping.TryToWire(purpose, out _));

    [Fact]
    public void V201_Profile_RoundTripsThroughTheModel()
    {
        var wire = new M201.ChargingProfileType
        {
            Id = 3,
            StackLevel = 1,
            ChargingProfilePurpose = M201.ChargingProfilePurposeEnumType.TxProfile,
            ChargingProfileKind = M201.ChargingProfileKindEnumType.Absolute,
            TransactionId = "tx-1",
            ValidFrom = Start,
            ChargingSchedule =
            [
                new M201.ChargingScheduleType
                {
                    Id = 9,
                    StartSchedule = Start,
                    ChargingRateUnit = M201.ChargingRateUnitEnumType.W,
                    ChargingSchedulePeriod = [new M201.ChargingSchedulePeriodType { StartPeriod = 0, Limit = 7_400m, NumberPhases = 1, PhaseToUse = 2 }],
                },
            ],
        };

        var model = V201ChargingProfileMapping.ToModel(wire);
        Assert.True(V201ChargingProfileMapping.TryToWire(model, out var back));

        Assert.Equal(ChargingProfilePurpose.TxProfile, model.Purpose);
        Assert.Equal("tx-1", model.TransactionId);
        Assert.Equal(new ChargingSchedulePeriod(0, 7_400m, 1, 2), model.Schedule.Periods[0]);
        Assert.Equal(wire with { ChargingSchedule = [] }, back with { ChargingSchedule = [] });
        Assert.Equal(wire.ChargingSchedule[0] with { ChargingSchedulePeriod = [] }, back.ChargingSchedule[0] with { ChargingSchedulePeriod = [] });
        Assert.Equal(wire.ChargingSchedule[0].ChargingSchedulePeriod[0], back.ChargingSchedule[0].ChargingSchedulePeriod[0]);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.1 K §3.2: purposes 2.0.1 does not have")]
    public void V21_PriorityChargingProfile_MapsBothWaysButHasNo201Spelling()
    {
        var wire = new M21.ChargingProfileType
        {
            Id = 5,
            StackLevel = 0,
            ChargingProfilePurpose = M21.ChargingProfilePurposeEnumType.PriorityCharging,
            ChargingProfileKind = M21.ChargingProfileKindEnumType.Dynamic,
            ChargingSchedule = [new M21.ChargingScheduleType { Id = 1, ChargingRateUnit = M21.ChargingRateUnitEnumType.W, ChargingSchedulePeriod = [new M21.ChargingSchedulePeriodType { StartPeriod = 0 }] }],
        };

        var model = V21ChargingProfileMapping.ToModel(wire);

        Assert.Equal(ChargingProfilePurpose.PriorityCharging, model.Purpose);
        Assert.Equal(ChargingProfileKind.Dynamic, model.Kind);
        Assert.Null(model.Schedule.Periods[0].Limit);
        Assert.True(V21ChargingProfileMapping.TryToWire(model, out var back));
        Assert.Null(back.ChargingSchedule[0].ChargingSchedulePeriod[0].Limit);
        Assert.False(V201ChargingProfileMapping.TryToWire(model, out _));
    }

    [Fact]
    public void V201_CompositeSchedule_CarriesEvseStartAndUnit()
    {
        var composite = new CompositeSchedule(Start, 900, ChargingRateUnit.W, [new ChargingSchedulePeriod(0, 11_000m, 3)]);

        var wire = V201ChargingProfileMapping.ToWire(composite, evseId: 2);

        Assert.Equal(2, wire.EvseId);
        Assert.Equal(Start, wire.ScheduleStart);
        Assert.Equal(900, wire.Duration);
        Assert.Equal(M201.ChargingRateUnitEnumType.W, wire.ChargingRateUnit);
        Assert.Equal(11_000m, Assert.Single(wire.ChargingSchedulePeriod).Limit);
    }
}
