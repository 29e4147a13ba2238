using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Ocpp.Tests.SmartCharging;

/// <summary>Short ways to write the profiles the smart-charging tests need.</summary>
internal static class Profiles
{
    public static readonly EvseElectrical ThreePhase22kW = new() { MaxPowerW = 22_080m, NominalVoltage = 230m, Phases = 3 };

    public static ChargingProfile Absolute(ChargingProfilePurpose purpose, int stackLevel, DateTimeOffset start, ChargingRateUnit unit, params (int Start, decimal Limit)[] periods)
        => Make(purpose, stackLevel, ChargingProfileKind.Absolute, start, null, unit, periods);

    public static ChargingProfile Relative(ChargingProfilePurpose purpose, int stackLevel, ChargingRateUnit unit, params (int Start, decimal Limit)[] periods)
        => Make(purpose, stackLevel, ChargingProfileKind.Relative, null, null, unit, periods);

    public static ChargingProfile Make(ChargingProfilePurpose purpose, int stackLevel, ChargingProfileKind kind, DateTimeOffset? start, int? duration, ChargingRateUnit unit, params (int Start, decimal Limit)[] periods)
        => new()
        {
            Id = (((int)purpose) * 100) + stackLevel,
            StackLevel = stackLevel,
            Purpose = purpose,
            Kind = kind,
            Schedules =
            [
                new ChargingSchedule
                {
                    StartSchedule = start,
                    Duration = duration,
                    RateUnit = unit,
                    Periods = [.. periods.Select(p => new ChargingSchedulePeriod(p.Start, p.Limit))],
                },
            ],
        };

    public static ChargingProfile WithDuration(this ChargingProfile profile, int? duration)
        => profile with { Schedules = [profile.Schedule with { Duration = duration }] };

    public static ChargingProfile Recurring(this ChargingProfile profile, RecurrencyKind recurrency)
        => profile with { Kind = ChargingProfileKind.Recurring, Recurrency = recurrency };

    public static IEnumerable<(int Start, decimal? Limit)> Steps(this CompositeSchedule schedule)
        => schedule.Periods.Select(p => (p.StartPeriod, p.Limit));
}
