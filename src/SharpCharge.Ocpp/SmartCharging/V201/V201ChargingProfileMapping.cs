using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Ocpp.SmartCharging.V201;

/// <summary>
/// OCPP 2.0.1 charging profiles to and from the version-neutral model. The 2.1 mapping is derived from this file
/// at build time (build/DeriveVersionSources.targets); what differs lives in *.V201Only.cs and V21/.
/// </summary>
public static partial class V201ChargingProfileMapping
{
    public static ChargingProfile ToModel(ChargingProfileType profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ChargingProfile
        {
            Id = profile.Id,
            StackLevel = profile.StackLevel,
            Purpose = ChargingProfileSpelling.ParsePurpose(profile.ChargingProfilePurpose.ToOcppString()),
            Kind = ChargingProfileSpelling.ParseKind(profile.ChargingProfileKind.ToOcppString()),
            Recurrency = profile.RecurrencyKind is { } recurrency ? ChargingProfileSpelling.ParseRecurrency(recurrency.ToOcppString()) : null,
            ValidFrom = profile.ValidFrom,
            ValidTo = profile.ValidTo,
            TransactionId = profile.TransactionId,
            Schedules = [.. profile.ChargingSchedule.Select(ToModel)],
        };
    }

    public static ChargingSchedule ToModel(ChargingScheduleType schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new ChargingSchedule
        {
            Id = schedule.Id,
            StartSchedule = schedule.StartSchedule,
            Duration = schedule.Duration,
            RateUnit = ToModel(schedule.ChargingRateUnit),
            Periods = [.. schedule.ChargingSchedulePeriod.Select(p => new ChargingSchedulePeriod(p.StartPeriod, p.Limit, p.NumberPhases, p.PhaseToUse))],
            MinChargingRate = schedule.MinChargingRate,
        };
    }

    /// <summary>The profile as this version sends it (SetChargingProfile, ReportChargingProfiles); false when the version has no such purpose or kind.</summary>
    public static bool TryToWire(ChargingProfile profile, out ChargingProfileType wire)
    {
        ArgumentNullException.ThrowIfNull(profile);
        wire = null!;
        if (!TryToWire(profile.Purpose, out var purpose)
            || !ChargingProfileKindEnumType.TryParseOcpp(profile.Kind.ToOcppString(), out var kind))
        {
            return false;
        }

        wire = new ChargingProfileType
        {
            Id = profile.Id,
            StackLevel = profile.StackLevel,
            ChargingProfilePurpose = purpose,
            ChargingProfileKind = kind,
            RecurrencyKind = profile.Recurrency is { } recurrency && RecurrencyKindEnumType.TryParseOcpp(recurrency.ToOcppString(), out var r) ? r : null,
            ValidFrom = profile.ValidFrom,
            ValidTo = profile.ValidTo,
            TransactionId = profile.TransactionId,
            ChargingSchedule = [.. profile.Schedules.Select(s => new ChargingScheduleType
            {
                Id = s.Id,
                StartSchedule = s.StartSchedule,
                Duration = s.Duration,
                ChargingRateUnit = ToWire(s.RateUnit),
                ChargingSchedulePeriod = [.. s.Periods.Select(ToWire)],
                MinChargingRate = s.MinChargingRate,
            })],
        };
        return true;
    }

    /// <summary>This version's purpose; false for a purpose it lacks (2.0.1 has no PriorityCharging or LocalGeneration).</summary>
    public static bool TryToWire(ChargingProfilePurpose purpose, out ChargingProfilePurposeEnumType wire)
        => ChargingProfilePurposeEnumType.TryParseOcpp(purpose.ToOcppString(), out wire);

    public static ChargingRateUnit ToModel(ChargingRateUnitEnumType unit) => ChargingProfileSpelling.ParseUnit(unit.ToOcppString());

    public static ChargingRateUnitEnumType ToWire(ChargingRateUnit unit)
        => ChargingRateUnitEnumType.TryParseOcpp(unit.ToOcppString(), out var wire) ? wire : throw new ArgumentOutOfRangeException(nameof(unit), unit, null);

    /// <summary>The schedule of a GetCompositeScheduleResponse for <paramref name="evseId"/>.</summary>
    public static CompositeScheduleType ToWire(CompositeSchedule schedule, int evseId)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new CompositeScheduleType
        {
            EvseId = evseId,
            Duration = schedule.Duration,
            ScheduleStart = schedule.Start,
            ChargingRateUnit = ToWire(schedule.Unit),
            ChargingSchedulePeriod = [.. schedule.Periods.Select(ToWire)],
        };
    }

    private static ChargingSchedulePeriodType ToWire(ChargingSchedulePeriod period) => new()
    {
        StartPeriod = period.StartPeriod,
        Limit = WireLimit(period.Limit),
        NumberPhases = period.NumberPhases,
        PhaseToUse = period.PhaseToUse,
    };
}
