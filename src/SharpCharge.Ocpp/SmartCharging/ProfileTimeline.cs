namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>
/// One installed profile placed on the time axis (whole Unix seconds) for one EVSE: whether it defines a period
/// at an instant, with which limit in W, and the instants at which that can change.
/// </summary>
internal sealed class ProfileTimeline
{
    private const long Day = 86_400;
    private const long Week = 7 * Day;

    private readonly ChargingSchedule _schedule;
    private readonly long _validFrom;
    private readonly long _validTo;
    private readonly long _anchor;
    private readonly long _recurrence;
    private readonly long _duration;
    private readonly EvseElectrical _evse;

    public ProfileTimeline(ChargingProfile profile, bool evseSpecific, long transactionStart, EvseElectrical evse)
    {
        Profile = profile;
        EvseSpecific = evseSpecific;
        _evse = evse;
        _schedule = profile.Schedule;
        _validFrom = profile.ValidFrom is { } from ? from.ToUnixTimeSeconds() : long.MinValue;
        _validTo = profile.ValidTo is { } to ? to.ToUnixTimeSeconds() : long.MaxValue;

        // Relative profiles count from the transaction (1.6 §7.9, 2.0.1 K §3.3). So does a 1.6 schedule without
        // startSchedule, which 1.6 §7.13 makes "relative to the start of charging" whatever its kind.
        _anchor = profile.Kind != ChargingProfileKind.Relative && _schedule.StartSchedule is { } start
            ? start.ToUnixTimeSeconds()
            : transactionStart;
        _recurrence = profile.Kind == ChargingProfileKind.Recurring
            ? profile.Recurrency == RecurrencyKind.Weekly ? Week : Day
            : 0;

        // Periods beyond the recurrence length are not executed; after a shorter duration lower levels take over
        // (1.6 errata §3.40, K01.FR.13).
        var duration = _schedule.Duration is { } seconds ? (long)seconds : long.MaxValue;
        _duration = _recurrence > 0 ? Math.Min(duration, _recurrence) : duration;
    }

    public ChargingProfile Profile { get; }

    /// <summary>Installed on the EVSE itself rather than on EVSE 0: wins a tie of stack levels (1.6 §3.13.1 TxDefaultProfile).</summary>
    public bool EvseSpecific { get; }

    /// <summary>
    /// The limit in W and the phases of the period defined at <paramref name="t"/>; false when the profile is not
    /// valid then or has no period then (before its start, after its duration).
    /// </summary>
    public bool TryGetLimit(long t, out decimal limitW, out int phases)
    {
        limitW = 0;
        phases = _evse.Phases;
        if (t < _validFrom || t >= _validTo || !TryGetPeriod(t, out var period))
        {
            return false;
        }

        // A period asking for more phases than the EVSE has uses the EVSE's (K01.FR.45); absent means 3 (K01.FR.49).
        phases = Math.Clamp(period.NumberPhases ?? 3, 1, _evse.Phases);
        limitW = period.Limit is { } limit
            ? ChargingRateConversion.ToWatts(limit, _schedule.RateUnit, _evse.NominalVoltage, phases)
            : decimal.MaxValue;
        return true;
    }

    /// <summary>Adds the instants inside (<paramref name="from"/>, <paramref name="to"/>) at which <see cref="TryGetLimit"/> may change.</summary>
    public void AddChanges(long from, long to, SortedSet<long> into)
    {
        AddIfInside(_validFrom);
        AddIfInside(_validTo);
        if (Profile.Kind == ChargingProfileKind.Dynamic)
        {
            return;
        }

        if (_recurrence == 0)
        {
            AddOccurrence(_anchor);
            return;
        }

        // Every restart that overlaps the window; none before the first one (K01.FR.30).
        var first = from <= _anchor ? 0 : (from - _anchor) / _recurrence;
        for (var k = first; _anchor + (k * _recurrence) < to; k++)
        {
            AddOccurrence(_anchor + (k * _recurrence));
        }

        void AddOccurrence(long start)
        {
            foreach (var period in _schedule.Periods)
            {
                if (period.StartPeriod >= _duration)
                {
                    break;
                }

                AddIfInside(start + period.StartPeriod);
            }

            if (_duration != long.MaxValue)
            {
                AddIfInside(start + _duration);
            }
        }

        void AddIfInside(long instant)
        {
            if (instant > from && instant < to)
            {
                into.Add(instant);
            }
        }
    }

    private bool TryGetPeriod(long t, out ChargingSchedulePeriod found)
    {
        found = default;
        var periods = _schedule.Periods;
        if (Profile.Kind == ChargingProfileKind.Dynamic)
        {
            // 2.1 K §3.3: one period whose values are updated in place; it applies for as long as the profile is valid.
            found = periods[0];
            return true;
        }

        if (t < _anchor)
        {
            return false;
        }

        var offset = _recurrence > 0 ? (t - _anchor) % _recurrence : t - _anchor;
        if (offset >= _duration)
        {
            return false;
        }

        var any = false;
        foreach (var period in periods)
        {
            if (period.StartPeriod > offset)
            {
                break;
            }

            found = period;
            any = true;
        }

        return any;
    }
}
