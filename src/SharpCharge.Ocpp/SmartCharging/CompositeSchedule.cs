namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>
/// The result of <see cref="CompositeScheduleCalculator"/>: from <see cref="Start"/> for <see cref="Duration"/>
/// seconds, the fewest periods (no two neighbours alike) with the limit in <see cref="Unit"/> and the phases used.
/// </summary>
public sealed record CompositeSchedule(DateTimeOffset Start, int Duration, ChargingRateUnit Unit, IReadOnlyList<ChargingSchedulePeriod> Periods)
{
    /// <summary>The period in force <paramref name="secondsFromStart"/> seconds after <see cref="Start"/>.</summary>
    public ChargingSchedulePeriod PeriodAt(long secondsFromStart)
    {
        var found = Periods[0];
        foreach (var period in Periods)
        {
            if (period.StartPeriod > secondsFromStart)
            {
                break;
            }

            found = period;
        }

        return found;
    }
}
