namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>A profile's schedule: its periods, unit, start (Absolute and Recurring) and optional duration in seconds.</summary>
public sealed record ChargingSchedule
{
    /// <summary>2.x schedule id; 0 for 1.6, which has none.</summary>
    public int Id { get; init; }

    public DateTimeOffset? StartSchedule { get; init; }

    /// <summary>Seconds the schedule lasts; null lets the last period run on (1.6 §7.13).</summary>
    public int? Duration { get; init; }

    public required ChargingRateUnit RateUnit { get; init; }

    /// <summary>The periods in ascending order of start, the first at 0 (K01.FR.31, K01.FR.35).</summary>
    public required IReadOnlyList<ChargingSchedulePeriod> Periods { get; init; }

    /// <summary>Below this rate charging is inefficient (K01.FR.21); a hint for load balancing, not a limit.</summary>
    public decimal? MinChargingRate { get; init; }
}
