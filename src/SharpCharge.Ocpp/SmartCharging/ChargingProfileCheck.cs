namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>
/// The rules a profile must follow whatever its version, checked before a station installs it. A failure names
/// what is wrong and whether the profile (<see cref="InvalidProfile"/>) or its schedule (<see cref="InvalidSchedule"/>)
/// is at fault: the reason codes 2.x answers with (K05.FR.05).
/// </summary>
public static class ChargingProfileCheck
{
    public const string InvalidProfile = "InvalidProfile";

    public const string InvalidSchedule = "InvalidSchedule";

    /// <summary>
    /// Null when <paramref name="profile"/> is well formed, else (reason code, explanation). <paramref name="startScheduleRules"/>
    /// applies 2.x's K01.FR.40/41 (Absolute and Recurring need a startSchedule, Relative has none); 1.6 lets an
    /// Absolute schedule without start count from the transaction (1.6 §7.13).
    /// </summary>
    public static (string ReasonCode, string Detail)? Problem(ChargingProfile profile, bool startScheduleRules)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.StackLevel < 0)
        {
            return (InvalidProfile, "stackLevel must not be negative.");
        }

        if (profile.Kind == ChargingProfileKind.Recurring && profile.Recurrency is null)
        {
            return (InvalidProfile, "A Recurring profile needs a recurrencyKind.");
        }

        if (profile.Purpose == ChargingProfilePurpose.ChargingStationMaxProfile && profile.Kind == ChargingProfileKind.Relative)
        {
            return (InvalidProfile, "A ChargingStationMaxProfile cannot be Relative (K01.FR.38).");
        }

        if (profile.ValidFrom is { } from && profile.ValidTo is { } to && to <= from)
        {
            return (InvalidProfile, "validTo must come after validFrom.");
        }

        if (profile.Schedules.Count == 0)
        {
            return (InvalidSchedule, "A profile needs a chargingSchedule.");
        }

        foreach (var schedule in profile.Schedules)
        {
            if (ScheduleProblem(profile.Kind, schedule, startScheduleRules) is { } problem)
            {
                return (InvalidSchedule, problem);
            }
        }

        return null;
    }

    private static string? ScheduleProblem(ChargingProfileKind kind, ChargingSchedule schedule, bool startScheduleRules)
    {
        if (startScheduleRules && kind is ChargingProfileKind.Absolute or ChargingProfileKind.Recurring && schedule.StartSchedule is null)
        {
            return "Absolute and Recurring schedules need a startSchedule (K01.FR.40).";
        }

        if (startScheduleRules && kind == ChargingProfileKind.Relative && schedule.StartSchedule is not null)
        {
            return "A Relative schedule must not have a startSchedule (K01.FR.41).";
        }

        if (schedule.Duration is < 0)
        {
            return "duration must not be negative.";
        }

        if (schedule.Periods.Count == 0 || schedule.Periods[0].StartPeriod != 0)
        {
            return "The first period must start at 0 (K01.FR.31).";
        }

        for (var i = 0; i < schedule.Periods.Count; i++)
        {
            var period = schedule.Periods[i];
            if (i > 0 && period.StartPeriod <= schedule.Periods[i - 1].StartPeriod)
            {
                return "Periods must be in increasing order of startPeriod (K01.FR.35).";
            }

            if (period.Limit is < 0)
            {
                return "A limit must not be negative.";
            }

            if (period.NumberPhases is < 1 or > 3)
            {
                return "numberPhases must be 1, 2 or 3.";
            }
        }

        return null;
    }
}
