namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>
/// Combines an EVSE's installed charging profiles into its composite schedule, the same way on both sides: the
/// central system to predict, the station to obey and to answer GetCompositeSchedule. Pure code: no clock, no I/O.
/// <list type="bullet">
/// <item>Per purpose, at each instant, the valid profile (K01.FR.36/37) with the highest stack level that defines a
/// period then leads (1.6 §3.13.2, K01.FR.17, 2.0.1 K §3.5); on a tie the EVSE's own profile beats EVSE 0's.</item>
/// <item>A leading TxProfile hides the TxDefaultProfile (1.6 §3.13.1, 2.0.1 K §3.5); in 2.1 an activated
/// PriorityCharging profile hides both (2.1 K §3.6).</item>
/// <item>The limit is the lowest of the leaders of ChargingStationMaxProfile, ChargingStationExternalConstraints
/// and Tx(Default)Profile (1.6 §3.13.3, K08.FR.04), plus a 2.1 LocalGeneration leader on top, and never above the
/// EVSE's rating (a local limit, 1.6 §5.7).</item>
/// <item>Limits in A become W with voltage × phases before comparing (K01.FR.50); the result is in the unit asked.</item>
/// </list>
/// </summary>
public static class CompositeScheduleCalculator
{
    /// <summary>The composite schedule over the input's window, as the fewest periods.</summary>
    public static CompositeSchedule Calculate(CompositeScheduleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(input.Duration);
        var start = input.Start.ToUnixTimeSeconds();
        var end = start + input.Duration;
        var timelines = Timelines(input, start);
        var changes = new SortedSet<long> { start };
        foreach (var timeline in timelines)
        {
            timeline.AddChanges(start, end, changes);
        }

        var periods = new List<ChargingSchedulePeriod>();
        foreach (var instant in changes)
        {
            var (limitW, phases) = LimitAt(timelines, input, instant);
            var limit = ChargingRateConversion.FromWatts(limitW, input.Unit, input.Evse.NominalVoltage, phases);
            var period = new ChargingSchedulePeriod((int)(instant - start), limit, phases);
            if (periods.Count == 0 || periods[^1].Limit != limit || periods[^1].NumberPhases != phases)
            {
                periods.Add(period);
            }
        }

        return new CompositeSchedule(DateTimeOffset.FromUnixTimeSeconds(start), input.Duration, input.Unit, periods);
    }

    /// <summary>The composite limit in W at one instant (the input's window is ignored): what the EVSE may offer now.</summary>
    public static decimal LimitWAt(CompositeScheduleInput input, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(input);
        var t = instant.ToUnixTimeSeconds();
        return LimitAt(Timelines(input, t), input, t).LimitW;
    }

    /// <summary>
    /// The station-wide limit in W at an instant: the lower of the leading ChargingStationMaxProfile and
    /// ChargingStationExternalConstraints on EVSE 0, shared by all EVSEs (1.6 §3.13.3). Null when neither applies.
    /// </summary>
    public static decimal? StationLimitWAt(IReadOnlyList<ChargingProfile> stationProfiles, EvseElectrical electrical, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(stationProfiles);
        ArgumentNullException.ThrowIfNull(electrical);
        var t = instant.ToUnixTimeSeconds();
        var timelines = stationProfiles.Select(p => new ProfileTimeline(p, evseSpecific: false, t, electrical)).ToArray();
        var max = Leader(timelines, ChargingProfilePurpose.ChargingStationMaxProfile, t);
        var external = Leader(timelines, ChargingProfilePurpose.ChargingStationExternalConstraints, t);
        return (max, external) switch
        {
            (null, null) => null,
            ({ } m, null) => m.LimitW,
            (null, { } e) => e.LimitW,
            ({ } m, { } e) => Math.Min(m.LimitW, e.LimitW),
        };
    }

    private static ProfileTimeline[] Timelines(CompositeScheduleInput input, long windowStart)
    {
        // Without a transaction a Relative profile counts from the window's start: the schedule the EVSE would
        // follow if a transaction started now (K08.FR.06).
        var transactionStart = input.TransactionStart?.ToUnixTimeSeconds() ?? windowStart;
        return
        [
            .. input.StationProfiles.Select(p => new ProfileTimeline(p, evseSpecific: false, transactionStart, input.Evse)),
            .. input.EvseProfiles.Select(p => new ProfileTimeline(p, evseSpecific: true, transactionStart, input.Evse)),
        ];
    }

    private static (decimal LimitW, int Phases) LimitAt(ProfileTimeline[] timelines, CompositeScheduleInput input, long t)
    {
        var evse = input.Evse;
        var limitW = evse.MaxPowerW;
        var phases = evse.Phases;
        if (evse.MaxCurrentA is { } amps)
        {
            limitW = Math.Min(limitW, ChargingRateConversion.ToWatts(amps, ChargingRateUnit.A, evse.NominalVoltage, evse.Phases));
        }

        var transaction = Leader(timelines, ChargingProfilePurpose.TxProfile, t) ?? Leader(timelines, ChargingProfilePurpose.TxDefaultProfile, t);
        if (input.PriorityChargingActive && Leader(timelines, ChargingProfilePurpose.PriorityCharging, t) is { } priority)
        {
            transaction = priority;
        }

        decimal? profileLimit = null;
        foreach (var leader in (ReadOnlySpan<(decimal LimitW, int Phases)?>)[
            Leader(timelines, ChargingProfilePurpose.ChargingStationMaxProfile, t),
            Leader(timelines, ChargingProfilePurpose.ChargingStationExternalConstraints, t),
            transaction])
        {
            if (leader is { } found)
            {
                profileLimit = Math.Min(profileLimit ?? decimal.MaxValue, found.LimitW);
                phases = Math.Min(phases, found.Phases);
            }
        }

        // 2.1 K §3.6: local generation adds capacity on top of what the profiles allow; it cannot lift an
        // unlimited composite, nor the EVSE's own rating.
        if (profileLimit is { } limited && limited != decimal.MaxValue && Leader(timelines, ChargingProfilePurpose.LocalGeneration, t) is { } generation)
        {
            profileLimit = generation.LimitW == decimal.MaxValue ? decimal.MaxValue : limited + generation.LimitW;
        }

        if (profileLimit is { } final)
        {
            limitW = Math.Min(limitW, final);
        }

        return (Math.Max(limitW, 0m), phases);
    }

    private static (decimal LimitW, int Phases)? Leader(ProfileTimeline[] timelines, ChargingProfilePurpose purpose, long t)
    {
        ProfileTimeline? best = null;
        (decimal, int) value = default;
        foreach (var timeline in timelines)
        {
            if (timeline.Profile.Purpose != purpose
                || (best is not null && (timeline.Profile.StackLevel < best.Profile.StackLevel
                    || (timeline.Profile.StackLevel == best.Profile.StackLevel && !timeline.EvseSpecific)))
                || !timeline.TryGetLimit(t, out var limitW, out var phases))
            {
                continue;
            }

            best = timeline;
            value = (limitW, phases);
        }

        return best is null ? null : value;
    }
}
