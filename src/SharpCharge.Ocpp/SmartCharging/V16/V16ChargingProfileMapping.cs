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

    /// <summary>
    /// The profile as 1.6 sends it (SetChargingProfile, RemoteStartTransaction); false when 1.6 has no such purpose
    /// or kind (external constraints, 2.1's purposes, Dynamic) or the transaction id is not a 1.6 integer.
    /// </summary>
    public static bool TryToWire(ChargingProfile profile, out Wire.ChargingProfile wire)
    {
        ArgumentNullException.ThrowIfNull(profile);
        wire = null!;
        int? transactionId = null;
        if (profile.TransactionId is { } text)
        {
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            transactionId = number;
        }

        if (!TryToWire(profile.Purpose, out var purpose) || !ChargingProfileKindType.TryParseOcpp(profile.Kind.ToOcppString(), out var kind))
        {
            return false;
        }

        var schedule = profile.Schedule;
        wire = new Wire.ChargingProfile
        {
            ChargingProfileId = profile.Id,
            TransactionId = transactionId,
            StackLevel = profile.StackLevel,
            ChargingProfilePurpose = purpose,
            ChargingProfileKind = kind,
            RecurrencyKind = profile.Recurrency is { } recurrency && RecurrencyKindType.TryParseOcpp(recurrency.ToOcppString(), out var r) ? r : null,
            ValidFrom = profile.ValidFrom,
            ValidTo = profile.ValidTo,
            ChargingSchedule = new Wire.ChargingSchedule
            {
                StartSchedule = schedule.StartSchedule,
                Duration = schedule.Duration,
                ChargingRateUnit = ToWire(schedule.RateUnit),
                ChargingSchedulePeriod = [.. schedule.Periods.Select(p => new Wire.ChargingSchedulePeriod
                {
                    StartPeriod = p.StartPeriod,
                    Limit = p.Limit ?? 0m,
                    NumberPhases = p.NumberPhases,
                })],
                MinChargingRate = schedule.MinChargingRate,
            },
        };
        return true;
    }

    /// <summary>1.6's spelling of a purpose (ChargePointMaxProfile for the station's cap); false for the purposes 1.6 lacks.</summary>
    public static bool TryToWire(ChargingProfilePurpose purpose, out ChargingProfilePurposeType wire)
        => ChargingProfilePurposeType.TryParseOcpp(
            purpose == ChargingProfilePurpose.ChargingStationMaxProfile ? "ChargePointMaxProfile" : purpose.ToOcppString(), out wire);

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
