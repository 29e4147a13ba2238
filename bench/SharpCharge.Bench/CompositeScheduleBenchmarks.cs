using BenchmarkDotNet.Attributes;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Bench;

/// <summary>
/// The composite-schedule calculator on a realistic EVSE: a daily station max with four periods, a weekly
/// TxDefaultProfile with a Sunday exception on top, and a running transaction's Relative TxProfile. Calculate
/// is what GetCompositeSchedule costs (a day's window); LimitWAt is what the meter loop pays per EVSE per tick.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CompositeScheduleBenchmarks
{
    private static readonly DateTimeOffset Now = new(2025, 6, 4, 9, 30, 0, TimeSpan.Zero);

    private CompositeScheduleInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var monday = new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero);
        _input = new CompositeScheduleInput
        {
            Start = Now,
            Duration = 86_400,
            Unit = ChargingRateUnit.A,
            Evse = new EvseElectrical { MaxPowerW = 22_080m },
            StationProfiles =
            [
                Profile(1, ChargingProfilePurpose.ChargingStationMaxProfile, 0, ChargingProfileKind.Recurring, RecurrencyKind.Daily, monday, null, ChargingRateUnit.W, (0, 40_000m), (25_200, 25_000m), (61_200, 15_000m), (75_600, 40_000m)),
                Profile(2, ChargingProfilePurpose.TxDefaultProfile, 0, ChargingProfileKind.Recurring, RecurrencyKind.Weekly, monday, null, ChargingRateUnit.A, (0, 16m), (432_000, 32m)),
                Profile(3, ChargingProfilePurpose.TxDefaultProfile, 1, ChargingProfileKind.Recurring, RecurrencyKind.Weekly, monday.AddDays(6), 86_400, ChargingRateUnit.A, (0, 32m)),
            ],
            EvseProfiles = [Profile(4, ChargingProfilePurpose.TxProfile, 0, ChargingProfileKind.Relative, null, null, 7_200, ChargingRateUnit.W, (0, 11_000m), (1_800, 7_400m), (3_600, 3_700m))],
            TransactionStart = Now.AddMinutes(-20),
        };
    }

    [Benchmark]
    public int Calculate() => CompositeScheduleCalculator.Calculate(_input).Periods.Count;

    [Benchmark]
    public decimal LimitWAt() => CompositeScheduleCalculator.LimitWAt(_input, Now);

    private static ChargingProfile Profile(int id, ChargingProfilePurpose purpose, int stackLevel, ChargingProfileKind kind, RecurrencyKind? recurrency, DateTimeOffset? start, int? duration, ChargingRateUnit unit, params (int Start, decimal Limit)[] periods)
        => new()
        {
            Id = id,
            StackLevel = stackLevel,
            Purpose = purpose,
            Kind = kind,
            Recurrency = recurrency,
            Schedules = [new ChargingSchedule { StartSchedule = start, Duration = duration, RateUnit = unit, Periods = [.. periods.Select(p => new ChargingSchedulePeriod(p.Start, p.Limit))] }],
        };
}
