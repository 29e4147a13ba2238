using System.Globalization;
using SharpCharge.Ocpp.Messages.V16;
using Wire = SharpCharge.Ocpp.Messages.V16;

namespace SharpCharge.Ocpp.SmartCharging.V16;

/// <summary>OCPP 1.6 charging profiles and schedules to and from the version-neutral model.</summary>
public static class V16ChargingProfileMapping
{
    public static ChargingProfile ToModel(Wire.ChargingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ChargingProfile
        {
            Id = profile.ChargingProfileId,
            StackLevel = profile.StackLevel,
            Purpose = ChargingProfileSpelling.ParsePurpose(profile.ChargingProfilePurpose.ToOcppString()),
            Kind = ChargingProfileSpelling.ParseKind(profile.ChargingProfileKind.ToOcppString()),
            Recurrency = profile.RecurrencyKind is { } recurrency ? ChargingProfileSpelling.ParseRecurrency(recurrency.ToOcppString()) : null,
            ValidFrom = profile.ValidFrom,
            ValidTo = profile.ValidTo,
            TransactionId = profile.TransactionId?.ToString(CultureInfo.InvariantCulture),
            Schedules = [ToModel(profile.ChargingSchedule)],
        };
    }

    public static ChargingSchedule ToModel(Wire.ChargingSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new ChargingSchedule
        {
            StartSchedule = schedule.StartSchedule,
            Duration = schedule.Duration,
            RateUnit = ToModel(schedule.ChargingRateUnit),
            Periods = [.. schedule.ChargingSchedulePeriod.Select(p => new ChargingSchedulePeriod(p.StartPeriod, p.Limit, p.NumberPhases))],
            MinChargingRate = schedule.MinChargingRate,
        };
    }

    public static ChargingRateUnit ToModel(ChargingRateUnitType unit) => ChargingProfileSpelling.ParseUnit(unit.ToOcppString());

    public static ChargingRateUnitType ToWire(ChargingRateUnit unit)
        => ChargingRateUnitType.TryParseOcpp(unit.ToOcppString(), out var wire) ? wire : throw new ArgumentOutOfRangeException(nameof(unit), unit, null);

    /// <summary>
    /// The schedule of a GetCompositeSchedule.conf: its start goes into the answer's scheduleStart, so the schedule
    /// itself carries none (1.6 errata §3.57).
    /// </summary>
    public static Wire.ChargingSchedule ToWire(CompositeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new Wire.ChargingSchedule
        {
            Duration = schedule.Duration,
            ChargingRateUnit = ToWire(schedule.Unit),
            ChargingSchedulePeriod = [.. schedule.Periods.Select(p => new Wire.ChargingSchedulePeriod
            {
                StartPeriod = p.StartPeriod,
                Limit = p.Limit ?? 0m,
                NumberPhases = p.NumberPhases,
            })],
        };
    }
}
