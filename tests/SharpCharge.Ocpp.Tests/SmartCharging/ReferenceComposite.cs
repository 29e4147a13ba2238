using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Ocpp.Tests.SmartCharging;

/// <summary>
/// A deliberately plain statement of the specification's rules, evaluated one second at a time, that the property
/// tests hold the calculator to: which period a profile defines at an instant, which profile leads a purpose, and
/// which leaders a composite must stay under.
/// </summary>
internal static class ReferenceComposite
{
    /// <summary>The limit in W and phases <paramref name="profile"/> sets at second <paramref name="t"/>, or null when it sets none.</summary>
    public static (decimal LimitW, int Phases)? LimitAt(ChargingProfile profile, long t, long transactionStart, EvseElectrical evse)
    {
        if ((profile.ValidFrom is { } from && t < from.ToUnixTimeSeconds()) || (profile.ValidTo is { } to && t >= to.ToUnixTimeSeconds()))
        {
            return null;
        }

        var schedule = profile.Schedule;
        var start = profile.Kind == ChargingProfileKind.Relative || schedule.StartSchedule is null ? transactionStart : schedule.StartSchedule.Value.ToUnixTimeSeconds();
        if (t < start)
        {
            return null;
        }

        long elapsed = t - start;
        long? length = schedule.Duration;
        if (profile.Kind == ChargingProfileKind.Recurring)
        {
            var cycle = profile.Recurrency == RecurrencyKind.Weekly ? 604_800L : 86_400L;
            elapsed %= cycle;
            length = Math.Min(length ?? cycle, cycle);
        }

        if (elapsed >= length)
        {
            return null;
        }

        var current = schedule.Periods.LastOrDefault(p => p.StartPeriod <= elapsed);
        if (schedule.Periods.All(p => p.StartPeriod > elapsed))
        {
            return null;
        }

        var phases = Math.Min(current.NumberPhases ?? 3, evse.Phases);
        var watts = schedule.RateUnit == ChargingRateUnit.W ? current.Limit!.Value : current.Limit!.Value * evse.NominalVoltage * phases;
        return (watts, phases);
    }

    /// <summary>The leaders a composite must respect at second <paramref name="t"/>: station max, external constraints and TxProfile or else TxDefaultProfile.</summary>
    public static List<(decimal LimitW, int Phases)> ApplicableAt(CompositeScheduleInput input, long t)
    {
        var transactionStart = (input.TransactionStart ?? input.Start).ToUnixTimeSeconds();
        var all = input.StationProfiles.Select(p => (Profile: p, Own: false)).Concat(input.EvseProfiles.Select(p => (Profile: p, Own: true))).ToList();

        (decimal LimitW, int Phases)? Lead(ChargingProfilePurpose purpose)
            => all.Where(x => x.Profile.Purpose == purpose)
                .Select(x => (x.Profile.StackLevel, x.Own, Limit: LimitAt(x.Profile, t, transactionStart, input.Evse)))
                .Where(x => x.Limit is not null)
                .OrderByDescending(x => x.StackLevel).ThenByDescending(x => x.Own)
                .Select(x => x.Limit)
                .FirstOrDefault();

        var leaders = new List<(decimal LimitW, int Phases)>();
        foreach (var leader in new[] { Lead(ChargingProfilePurpose.ChargingStationMaxProfile), Lead(ChargingProfilePurpose.ChargingStationExternalConstraints), Lead(ChargingProfilePurpose.TxProfile) ?? Lead(ChargingProfilePurpose.TxDefaultProfile) })
        {
            if (leader is { } found)
            {
                leaders.Add(found);
            }
        }

        return leaders;
    }
}
