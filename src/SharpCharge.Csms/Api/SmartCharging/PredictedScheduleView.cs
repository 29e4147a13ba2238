using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>
/// The composite schedule the central system predicts for an EVSE with the shared calculator from what the charger has
/// (<c>GET /api/chargers/{id}/charging-profiles</c>), shown next to the charger's own answer.
/// </summary>
internal sealed record PredictedScheduleView(DateTimeOffset Start, int DurationSeconds, string RateUnit, IReadOnlyList<SchedulePeriodView> Periods)
{
    public static PredictedScheduleView From(CompositeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new(schedule.Start, schedule.Duration, schedule.Unit.ToOcppString(), [.. schedule.Periods.Select(p => new SchedulePeriodView(p.StartPeriod, p.Limit ?? 0m, p.NumberPhases))]);
    }
}
