using SharpCharge.Ocpp.SmartCharging;
using static SharpCharge.Ocpp.SmartCharging.ChargingProfilePurpose;

namespace SharpCharge.Ocpp.Tests.SmartCharging;

/// <summary>The calculator over thousands of random profile sets (seeded, so a failure repeats), against <see cref="ReferenceComposite"/>.</summary>
public sealed class CompositeSchedulePropertyTests
{
    private const int Cases = 2_000;
    private static readonly DateTimeOffset Origin = new(2025, 6, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K08.FR.04; OCPP 1.6 §3.13.3")]
    public void Calculate_RandomProfiles_NeverExceedsAnyApplicableLimitOrTheRating()
    {
        var random = new Random(20_240_601);
        for (var i = 0; i < Cases; i++)
        {
            var input = RandomInput(random);
            var schedule = CompositeScheduleCalculator.Calculate(input);

            foreach (var t in Instants(schedule, random))
            {
                var period = schedule.PeriodAt(t);
                var offeredW = ChargingRateConversion.ToWatts(period.Limit!.Value, schedule.Unit, input.Evse.NominalVoltage, period.NumberPhases!.Value);
                var at = input.Start.ToUnixTimeSeconds() + t;
                Assert.True(offeredW <= input.Evse.MaxPowerW, $"case {i}: {offeredW} W above the rating at +{t}s");
                foreach (var leader in ReferenceComposite.ApplicableAt(input, at))
                {
                    Assert.True(offeredW <= leader.LimitW, $"case {i}: {offeredW} W above an applicable {leader.LimitW} W at +{t}s");
                }
            }
        }
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.2; OCPP 2.0.1 K01.FR.17, K §3.5")]
    public void Calculate_RandomProfiles_EqualsTheLowestLeaderOfEachPurpose()
    {
        // Equality, not just "not above": the highest valid stack level of each purpose leads, and nothing else counts.
        var random = new Random(7);
        for (var i = 0; i < Cases; i++)
        {
            var input = RandomInput(random);
            var schedule = CompositeScheduleCalculator.Calculate(input);

            foreach (var t in Instants(schedule, random))
            {
                var at = input.Start.ToUnixTimeSeconds() + t;
                var leaders = ReferenceComposite.ApplicableAt(input, at);
                var expectedW = leaders.Select(l => l.LimitW).Append(input.Evse.MaxPowerW).Min();
                var phases = leaders.Select(l => l.Phases).Append(input.Evse.Phases).Min();
                var expected = ChargingRateConversion.FromWatts(expectedW, input.Unit, input.Evse.NominalVoltage, phases);

                var period = schedule.PeriodAt(t);
                Assert.True(expected == period.Limit && phases == period.NumberPhases, $"case {i} at +{t}s: expected {expected} on {phases} phases, got {period.Limit} on {period.NumberPhases}");
            }
        }
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.13.2; OCPP 2.0.1 K01.FR.17")]
    public void Calculate_LowerStackLevelsUnderACoveringProfile_ChangeNothing()
    {
        var random = new Random(99);
        for (var i = 0; i < Cases / 4; i++)
        {
            var top = Profiles.Absolute(TxDefaultProfile, 9, Origin.AddDays(-1), ChargingRateUnit.W, (0, RandomLimit(random, ChargingRateUnit.W)));
            var lower = Enumerable.Range(0, random.Next(1, 5)).Select(level => RandomProfile(random, TxDefaultProfile, level)).ToArray();
            var input = RandomInput(random) with { StationProfiles = [top], EvseProfiles = [] };

            var alone = CompositeScheduleCalculator.Calculate(input);
            var stacked = CompositeScheduleCalculator.Calculate(input with { EvseProfiles = lower });

            Assert.Equal(alone.Periods, stacked.Periods);
        }
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K §3.5: TxProfile overrules TxDefaultProfile")]
    public void Calculate_WithAnEndlessTxProfile_IgnoresEveryTxDefaultProfile()
    {
        var random = new Random(3);
        for (var i = 0; i < Cases / 4; i++)
        {
            var tx = Profiles.Absolute(TxProfile, random.Next(0, 3), Origin.AddDays(-3), ChargingRateUnit.A, (0, RandomLimit(random, ChargingRateUnit.A)));
            var defaults = Enumerable.Range(0, random.Next(1, 5)).Select(level => RandomProfile(random, TxDefaultProfile, level)).ToArray();
            var input = RandomInput(random) with { StationProfiles = [], EvseProfiles = [tx] };

            var without = CompositeScheduleCalculator.Calculate(input);
            var with = CompositeScheduleCalculator.Calculate(input with { StationProfiles = defaults });

            Assert.Equal(without.Periods, with.Periods);
        }
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §7.9 Relative; OCPP 2.0.1 K §3.3")]
    public void Calculate_RelativeProfiles_MoveWithTheTransactionStart()
    {
        var random = new Random(11);
        for (var i = 0; i < Cases / 4; i++)
        {
            var relatives = Enumerable.Range(0, random.Next(1, 4))
                .Select(level => RandomProfile(random, random.Next(2) == 0 ? TxProfile : TxDefaultProfile, level) with { Kind = ChargingProfileKind.Relative, Recurrency = null, ValidFrom = null, ValidTo = null })
                .ToArray();
            var input = RandomInput(random) with { StationProfiles = [], EvseProfiles = relatives, TransactionStart = Origin.AddSeconds(-random.Next(0, 7_200)) };
            var shift = TimeSpan.FromSeconds(random.Next(1, 100_000));

            var first = CompositeScheduleCalculator.Calculate(input);
            var later = CompositeScheduleCalculator.Calculate(input with { Start = input.Start + shift, TransactionStart = input.TransactionStart + shift });

            Assert.Equal(first.Periods, later.Periods);
        }
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 K01.FR.50, K01.FR.51")]
    public void Conversion_AmpsToWattsAndBack_RoundTrips()
    {
        var random = new Random(5);
        for (var i = 0; i < Cases; i++)
        {
            var amps = random.Next(0, 5_000) / 10m;
            var voltage = random.Next(2) == 0 ? 230m : 110m;
            var phases = random.Next(1, 4);

            var watts = ChargingRateConversion.ToWatts(amps, ChargingRateUnit.A, voltage, phases);
            Assert.Equal(amps, ChargingRateConversion.FromWatts(watts, ChargingRateUnit.A, voltage, phases));

            // Watts to amps rounds down to 0.1 A: back in watts it is never more, and less by under 0.1 A's worth.
            var limitW = random.Next(0, 500_000) / 10m;
            var back = ChargingRateConversion.ToWatts(ChargingRateConversion.FromWatts(limitW, ChargingRateUnit.A, voltage, phases), ChargingRateUnit.A, voltage, phases);
            Assert.InRange(limitW - back, 0m, (0.1m * voltage * phases) - 0.0001m);
        }
    }

    /// <summary>Every period start, the last second before each change, and a few random seconds.</summary>
    private static IEnumerable<long> Instants(CompositeSchedule schedule, Random random)
    {
        foreach (var period in schedule.Periods)
        {
            yield return period.StartPeriod;
            if (period.StartPeriod > 0)
            {
                yield return period.StartPeriod - 1;
            }
        }

        for (var i = 0; i < 8; i++)
        {
            yield return random.NextInt64(0, Math.Max(1, schedule.Duration));
        }
    }

    private static CompositeScheduleInput RandomInput(Random random)
    {
        var used = new HashSet<(ChargingProfilePurpose, int, bool)>();
        var station = new List<ChargingProfile>();
        var evse = new List<ChargingProfile>();
        var transaction = random.Next(3) != 0;
        for (var n = random.Next(0, 8); n > 0; n--)
        {
            ChargingProfilePurpose[] purposes = transaction
                ? [ChargingStationMaxProfile, ChargingStationExternalConstraints, TxDefaultProfile, TxProfile]
                : [ChargingStationMaxProfile, ChargingStationExternalConstraints, TxDefaultProfile];
            var purpose = purposes[random.Next(purposes.Length)];
            var own = purpose == TxProfile || (purpose == TxDefaultProfile && random.Next(2) == 0);
            var level = random.Next(0, 4);
            if (used.Add((purpose, level, own)))
            {
                (own ? evse : station).Add(RandomProfile(random, purpose, level));
            }
        }

        var phases = random.Next(2) == 0 ? 1 : 3;
        return new CompositeScheduleInput
        {
            Start = Origin.AddSeconds(random.Next(-86_400, 86_400)),
            Duration = random.Next(1, 3 * 86_400),
            Unit = random.Next(2) == 0 ? ChargingRateUnit.W : ChargingRateUnit.A,
            Evse = new EvseElectrical { MaxPowerW = random.Next(1_000, 60_000), NominalVoltage = random.Next(2) == 0 ? 230m : 110m, Phases = phases },
            StationProfiles = station,
            EvseProfiles = evse,
            TransactionStart = transaction ? Origin.AddSeconds(random.Next(-90_000, 3_600)) : null,
        };
    }

    private static ChargingProfile RandomProfile(Random random, ChargingProfilePurpose purpose, int level)
    {
        var kinds = purpose == ChargingStationMaxProfile
            ? new[] { ChargingProfileKind.Absolute, ChargingProfileKind.Recurring }
            : [ChargingProfileKind.Absolute, ChargingProfileKind.Recurring, ChargingProfileKind.Relative];
        var kind = kinds[random.Next(kinds.Length)];
        var unit = random.Next(2) == 0 ? ChargingRateUnit.W : ChargingRateUnit.A;
        var periods = new List<ChargingSchedulePeriod>();
        var start = 0;
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            int? phases = random.Next(4) switch { 0 => null, var p => p };
            periods.Add(new ChargingSchedulePeriod(start, RandomLimit(random, unit), phases));
            start += random.Next(60, 40_000);
        }

        DateTimeOffset? validFrom = random.Next(4) == 0 ? Origin.AddSeconds(random.Next(-86_400, 86_400)) : null;
        DateTimeOffset? validTo = random.Next(4) == 0 ? (validFrom ?? Origin).AddSeconds(random.Next(60, 172_800)) : null;
        return new ChargingProfile
        {
            Id = random.Next(),
            StackLevel = level,
            Purpose = purpose,
            Kind = kind,
            Recurrency = kind == ChargingProfileKind.Recurring ? (random.Next(2) == 0 ? RecurrencyKind.Daily : RecurrencyKind.Weekly) : null,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Schedules =
            [
                new ChargingSchedule
                {
                    StartSchedule = kind == ChargingProfileKind.Relative ? null : Origin.AddSeconds(random.Next(-10 * 86_400, 86_400)),
                    Duration = random.Next(3) == 0 ? null : random.Next(60, 200_000),
                    RateUnit = unit,
                    Periods = periods,
                },
            ],
        };
    }

    private static decimal RandomLimit(Random random, ChargingRateUnit unit)
        => unit == ChargingRateUnit.A ? random.Next(0, 800) / 10m : random.Next(0, 600_000) / 10m;
}
