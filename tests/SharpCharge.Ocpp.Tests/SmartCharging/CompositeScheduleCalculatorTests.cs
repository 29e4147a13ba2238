using SharpCharge.Ocpp.SmartCharging;
using static SharpCharge.Ocpp.SmartCharging.ChargingProfilePurpose;
using static SharpCharge.Ocpp.Tests.SmartCharging.Profiles;

namespace SharpCharge.Ocpp.Tests.SmartCharging;

/// <summary>The calculator on the specification's examples and rules, one rule per test.</summary>
public sealed class CompositeScheduleCalculatorTests
{
    private static readonly DateTimeOffset Midnight = new(2024, 3, 4, 0, 0, 0, TimeSpan.Zero);

    private static CompositeSchedule Calculate(DateTimeOffset start, int duration, ChargingRateUnit unit = ChargingRateUnit.W, IReadOnlyList<ChargingProfile>? station = null, IReadOnlyList<ChargingProfile>? evse = null, DateTimeOffset? transactionStart = null, EvseElectrical? electrical = null, bool priority = false)
        => CompositeScheduleCalculator.Calculate(new CompositeScheduleInput
        {
            Start = start,
            Duration = duration,
            Unit = unit,
            Evse = electrical ?? ThreePhase22kW,
            StationProfiles = station ?? [],
            EvseProfiles = evse ?? [],
            TransactionStart = transactionStart,
            PriorityChargingActive = priority,
        });

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K §3.6 example; OCPP 1.6 §3.13.7")]
    public void Calculate_DailyRecurringTxDefault_FollowsTheClockAcrossMidnight()
    {
        var daily = Make(TxDefaultProfile, 0, ChargingProfileKind.Recurring, new DateTimeOffset(2013, 1, 1, 0, 0, 0, TimeSpan.Zero), 86_400, ChargingRateUnit.W, (0, 11_000m), (28_800, 6_000m), (72_000, 11_000m))
            .Recurring(RecurrencyKind.Daily);

        var schedule = Calculate(Midnight.AddHours(6), 27 * 3_600, station: [daily]);

        // 06:00-08:00 11 kW, 08:00-20:00 6 kW, 20:00 to the next day's 08:00 11 kW, then 6 kW again.
        Assert.Equal([(0, 11_000m), (7_200, 6_000m), (50_400, 11_000m), (93_600, 6_000m)], schedule.Steps().Select(s => (s.Start, s.Limit!.Value)));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K §3.6.1 stacked profiles; K01.FR.17")]
    public void Calculate_StackedExceptions_HigherStackLevelsOverruleTheBaseProfile()
    {
        var peak = Make(TxDefaultProfile, 1, ChargingProfileKind.Recurring, new DateTimeOffset(2020, 1, 9, 17, 0, 0, TimeSpan.Zero), 10_800, ChargingRateUnit.W, (0, 2_000m)).Recurring(RecurrencyKind.Daily);
        var sundays = Make(TxDefaultProfile, 2, ChargingProfileKind.Recurring, new DateTimeOffset(2020, 1, 5, 0, 0, 0, TimeSpan.Zero), 86_400, ChargingRateUnit.W, (0, 999_999m)).Recurring(RecurrencyKind.Weekly);
        var christmas = Make(TxDefaultProfile, 3, ChargingProfileKind.Absolute, new DateTimeOffset(2020, 12, 25, 0, 0, 0, TimeSpan.Zero), 86_400, ChargingRateUnit.W, (0, 999_999m))
            with { ValidFrom = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), ValidTo = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        ChargingProfile[] profiles = [peak, sundays, christmas];

        decimal At(int day) => Calculate(new DateTimeOffset(2020, 12, day, 17, 30, 0, TimeSpan.Zero), 60, station: profiles).Periods[0].Limit!.Value;

        Assert.Equal(2_000m, At(21)); // a Monday
        Assert.Equal(22_080m, At(20)); // a Sunday: 999 999 W, capped by the EVSE's rating
        Assert.Equal(22_080m, At(25)); // Christmas Day
        Assert.Equal(2_000m, Calculate(new DateTimeOffset(2021, 12, 24, 17, 30, 0, TimeSpan.Zero), 60, station: profiles).Periods[0].Limit);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K §3.5; OCPP 1.6 §3.13.1 TxProfile")]
    public void Calculate_TxProfileAndTxDefaultProfile_TxProfileOverrulesEvenWhenHigher()
    {
        var txDefault = Absolute(TxDefaultProfile, 5, Midnight, ChargingRateUnit.W, (0, 6_000m));
        var txProfile = Absolute(TxProfile, 0, Midnight, ChargingRateUnit.W, (0, 10_000m));

        var schedule = Calculate(Midnight.AddHours(1), 3_600, station: [txDefault], evse: [txProfile], transactionStart: Midnight);

        Assert.Equal([(0, (decimal?)10_000m)], schedule.Steps());
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.3; OCPP 2.0.1 K08.FR.04")]
    public void Calculate_StationMaxAndExternalAndTxProfile_TakesTheLowestAtEachInstant()
    {
        var max = Absolute(ChargingStationMaxProfile, 0, Midnight, ChargingRateUnit.W, (0, 8_000m), (1_800, 20_000m));
        var external = Absolute(ChargingStationExternalConstraints, 0, Midnight, ChargingRateUnit.A, (0, 32m), (2_400, 10m));
        var tx = Absolute(TxProfile, 0, Midnight, ChargingRateUnit.W, (0, 16_000m));

        var schedule = Calculate(Midnight, 3_600, station: [max, external], evse: [tx], transactionStart: Midnight);

        // 10 A on three phases of 230 V is 6 900 W.
        Assert.Equal([(0, (decimal?)8_000m), (1_800, 16_000m), (2_400, 6_900m)], schedule.Steps());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K §3.2 TxProfile until it expires")]
    public void Calculate_TxProfileDurationEnds_TxDefaultProfileTakesOver()
    {
        var txDefault = Absolute(TxDefaultProfile, 0, Midnight, ChargingRateUnit.W, (0, 6_000m));
        var tx = Absolute(TxProfile, 0, Midnight, ChargingRateUnit.W, (0, 3_000m)).WithDuration(600);

        var schedule = Calculate(Midnight, 1_200, evse: [txDefault, tx], transactionStart: Midnight);

        Assert.Equal([(0, (decimal?)3_000m), (600, 6_000m)], schedule.Steps());
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 errata §3.40; OCPP 2.0.1 K01.FR.13")]
    public void Calculate_RecurringDurationShorterThanTheDay_FallsBackToTheLowerStackLevel()
    {
        var base_ = Absolute(TxDefaultProfile, 0, Midnight, ChargingRateUnit.W, (0, 7_000m));
        var night = Make(TxDefaultProfile, 1, ChargingProfileKind.Recurring, Midnight, 6 * 3_600, ChargingRateUnit.W, (0, 11_000m), (8 * 3_600, 1_000m)).Recurring(RecurrencyKind.Daily);

        var schedule = Calculate(Midnight.AddHours(4), 24 * 3_600, station: [base_, night]);

        // 04:00-06:00 night profile; its period at 08:00 lies beyond its duration and never runs (K01.FR.11).
        Assert.Equal([(0, (decimal?)11_000m), (7_200, 7_000m), (72_000, 11_000m)], schedule.Steps());
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §7.9 Relative; OCPP 2.0.1 K §3.3")]
    public void Calculate_RelativeProfile_CountsFromTheTransactionStart()
    {
        var relative = Relative(TxDefaultProfile, 0, ChargingRateUnit.A, (0, 16m), (600, 8m));

        var schedule = Calculate(Midnight.AddSeconds(300), 900, ChargingRateUnit.A, evse: [relative], transactionStart: Midnight);

        Assert.Equal([(0, (decimal?)16m), (300, 8m)], schedule.Steps());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K08.FR.06")]
    public void Calculate_RelativeProfileWithoutTransaction_CountsFromTheWindowStart()
    {
        var relative = Relative(TxDefaultProfile, 0, ChargingRateUnit.A, (0, 16m), (600, 8m));

        var schedule = Calculate(Midnight.AddSeconds(300), 900, ChargingRateUnit.A, evse: [relative]);

        Assert.Equal([(0, (decimal?)16m), (600, 8m)], schedule.Steps());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.36, K01.FR.37")]
    public void Calculate_ValidityWindow_AppliesFromValidFromUntilBeforeValidTo()
    {
        var limited = Absolute(ChargingStationMaxProfile, 0, Midnight, ChargingRateUnit.W, (0, 4_000m))
            with { ValidFrom = Midnight.AddMinutes(10), ValidTo = Midnight.AddMinutes(20) };

        var schedule = Calculate(Midnight, 1_800, station: [limited]);

        Assert.Equal([(0, (decimal?)22_080m), (600, 4_000m), (1_200, 22_080m)], schedule.Steps());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.30")]
    public void Calculate_StartScheduleInTheFuture_LimitsOnlyFromThen()
    {
        var later = Absolute(TxDefaultProfile, 0, Midnight.AddMinutes(5), ChargingRateUnit.W, (0, 5_000m));

        var schedule = Calculate(Midnight, 600, station: [later]);

        Assert.Equal([(0, (decimal?)22_080m), (300, 5_000m)], schedule.Steps());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.50, K01.FR.51, K01.FR.49")]
    public void Calculate_UnitsAndPhases_ConvertWithVoltageTimesPhases()
    {
        var onePhase = Absolute(TxDefaultProfile, 0, Midnight, ChargingRateUnit.A, (0, 16m)) is var p
            ? p with { Schedules = [p.Schedule with { Periods = [new ChargingSchedulePeriod(0, 16m, 1)] }] }
            : p;

        var inWatts = Calculate(Midnight, 60, ChargingRateUnit.W, station: [onePhase]);
        var inAmps = Calculate(Midnight, 60, ChargingRateUnit.A, station: [onePhase]);

        Assert.Equal(3_680m, inWatts.Periods[0].Limit);
        Assert.Equal(1, inWatts.Periods[0].NumberPhases);
        Assert.Equal(16m, inAmps.Periods[0].Limit);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.45")]
    public void Calculate_ThreePhaseLimitOnSinglePhaseEvse_UsesTheEvsePhases()
    {
        var evse = new EvseElectrical { MaxPowerW = 7_360m, Phases = 1 };
        var amps = Absolute(TxDefaultProfile, 0, Midnight, ChargingRateUnit.A, (0, 20m));

        var schedule = Calculate(Midnight, 60, station: [amps], electrical: evse);

        Assert.Equal(4_600m, schedule.Periods[0].Limit);
        Assert.Equal(1, schedule.Periods[0].NumberPhases);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.1 TxDefaultProfile on a connector replaces connector 0's")]
    public void Calculate_SameStackLevelOnStationAndEvse_TheEvseProfileWins()
    {
        var everywhere = Absolute(TxDefaultProfile, 1, Midnight, ChargingRateUnit.W, (0, 4_000m));
        var here = Absolute(TxDefaultProfile, 1, Midnight, ChargingRateUnit.W, (0, 9_000m));

        Assert.Equal(9_000m, Calculate(Midnight, 60, station: [everywhere], evse: [here]).Periods[0].Limit);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.3 composite intervals")]
    public void Calculate_NeighbouringPeriodsWithTheSameLimit_MergeIntoOne()
    {
        var a = Absolute(ChargingStationMaxProfile, 0, Midnight, ChargingRateUnit.W, (0, 5_000m), (600, 5_000m), (900, 7_000m));
        var b = Absolute(TxDefaultProfile, 0, Midnight, ChargingRateUnit.W, (0, 9_000m), (300, 8_000m));

        var schedule = Calculate(Midnight, 1_800, station: [a, b]);

        Assert.Equal([(0, (decimal?)5_000m), (900, 7_000m)], schedule.Steps());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.1 K §3.2, §3.6 PriorityCharging")]
    public void Calculate_PriorityCharging_OverrulesTxProfileOnlyOnceActivated()
    {
        var tx = Absolute(TxProfile, 0, Midnight, ChargingRateUnit.W, (0, 3_000m));
        var priority = Absolute(PriorityCharging, 0, Midnight, ChargingRateUnit.W, (0, 20_000m));
        var max = Absolute(ChargingStationMaxProfile, 0, Midnight, ChargingRateUnit.W, (0, 15_000m));

        Assert.Equal(3_000m, Calculate(Midnight, 60, station: [max], evse: [tx, priority]).Periods[0].Limit);
        Assert.Equal(15_000m, Calculate(Midnight, 60, station: [max], evse: [tx, priority], priority: true).Periods[0].Limit);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.1 K §3.6 LocalGeneration")]
    public void Calculate_LocalGeneration_AddsOnTopOfTheCompositeButNotAboveTheRating()
    {
        var max = Absolute(ChargingStationMaxProfile, 0, Midnight, ChargingRateUnit.W, (0, 10_000m));
        var solar = Absolute(LocalGeneration, 0, Midnight, ChargingRateUnit.W, (0, 4_000m), (600, 20_000m));

        var schedule = Calculate(Midnight, 1_200, station: [max, solar]);

        Assert.Equal([(0, (decimal?)14_000m), (600, 22_080m)], schedule.Steps());
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.6: no profiles, no constraints")]
    public void Calculate_NoProfiles_OffersTheEvseRating()
    {
        var schedule = Calculate(Midnight, 600, ChargingRateUnit.A);

        Assert.Equal([(0, (decimal?)32m)], schedule.Steps());
        Assert.Equal(600, schedule.Duration);
        Assert.Equal(Midnight, schedule.Start);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.12, K01.FR.11")]
    public void LimitWAt_AroundPeriodEdges_ChangesExactlyAtStartPeriodAndDuration()
    {
        var tx = Relative(TxProfile, 0, ChargingRateUnit.W, (0, 9_000m), (600, 4_000m)).WithDuration(900);
        var input = new CompositeScheduleInput { Start = Midnight, Duration = 0, Evse = ThreePhase22kW, EvseProfiles = [tx], TransactionStart = Midnight };

        Assert.Equal(9_000m, CompositeScheduleCalculator.LimitWAt(input, Midnight.AddSeconds(599)));
        Assert.Equal(4_000m, CompositeScheduleCalculator.LimitWAt(input, Midnight.AddSeconds(600)));
        Assert.Equal(4_000m, CompositeScheduleCalculator.LimitWAt(input, Midnight.AddSeconds(899)));
        Assert.Equal(22_080m, CompositeScheduleCalculator.LimitWAt(input, Midnight.AddSeconds(900)));
        Assert.Equal(22_080m, CompositeScheduleCalculator.LimitWAt(input, Midnight.AddSeconds(-1)));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.3: the station max is for all connectors combined")]
    public void StationLimitWAt_MaxAndExternal_IsTheLowerLeader()
    {
        var max = Absolute(ChargingStationMaxProfile, 0, Midnight, ChargingRateUnit.W, (0, 30_000m));
        var external = Absolute(ChargingStationExternalConstraints, 0, Midnight.AddMinutes(1), ChargingRateUnit.A, (0, 20m));
        var txDefault = Absolute(TxDefaultProfile, 0, Midnight, ChargingRateUnit.W, (0, 1_000m));

        Assert.Equal(30_000m, CompositeScheduleCalculator.StationLimitWAt([max, external, txDefault], ThreePhase22kW, Midnight));
        Assert.Equal(13_800m, CompositeScheduleCalculator.StationLimitWAt([max, external, txDefault], ThreePhase22kW, Midnight.AddMinutes(2)));
        Assert.Null(CompositeScheduleCalculator.StationLimitWAt([txDefault], ThreePhase22kW, Midnight));
    }
}
