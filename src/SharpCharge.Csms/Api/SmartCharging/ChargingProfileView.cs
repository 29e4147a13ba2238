using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>
/// A charging profile as the API shows it: OCPP's names for purpose, kind and recurrency (each also accepted in a body),
/// limits per period in <c>rate_unit</c>. <c>transaction_id</c> is the session as the charger knows it.
/// </summary>
internal sealed record ChargingProfileView(
    int Id,
    int StackLevel,
    string Purpose,
    string Kind,
    string? Recurrency,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidTo,
    string? TransactionId,
    DateTimeOffset? StartSchedule,
    int? DurationSeconds,
    string RateUnit,
    decimal? MinChargingRate,
    IReadOnlyList<ChargingPeriodView> Periods)
{
    public static ChargingProfileView From(ChargingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var schedule = profile.Schedule;
        return new ChargingProfileView(
            profile.Id,
            profile.StackLevel,
            profile.Purpose.ToOcppString(),
            profile.Kind.ToOcppString(),
            profile.Recurrency?.ToOcppString(),
            profile.ValidFrom,
            profile.ValidTo,
            profile.TransactionId,
            schedule.StartSchedule,
            schedule.Duration,
            schedule.RateUnit.ToOcppString(),
            schedule.MinChargingRate,
            [.. schedule.Periods.Select(p => new ChargingPeriodView(p.StartPeriod, p.Limit, p.NumberPhases, p.PhaseToUse))]);
    }
}

/// <summary>One period: from <c>start_seconds</c>, at most <c>limit</c>, on <c>number_phases</c> (3 when absent).</summary>
internal sealed record ChargingPeriodView(int StartSeconds, decimal? Limit, int? NumberPhases, int? PhaseToUse);
