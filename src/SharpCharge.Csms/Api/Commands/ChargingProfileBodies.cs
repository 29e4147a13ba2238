using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Api.Commands;

/// <summary>Checks a <see cref="ChargingProfileBody"/> and turns it into the protocol library's profile, naming the field that is wrong.</summary>
internal static class ChargingProfileBodies
{
    public const string PurposeWords = "charger_max, tx_default or tx";

    public static ValidationProblem? TryRead(ChargingProfileBody body, string prefix, ChargingProfilePurpose defaultPurpose, out ChargingProfile profile)
    {
        profile = null!;
        var purpose = defaultPurpose;
        if (body.Purpose is not null && !TryPurpose(body.Purpose, out purpose))
        {
            return ApiProblems.Invalid(prefix + "purpose", $"Use {PurposeWords}.");
        }

        var unit = ChargingRateUnit.W;
        if (body.RateUnit is not null)
        {
            if (!ApiWords.Matches(body.RateUnit, "W") && !ApiWords.Matches(body.RateUnit, "A"))
            {
                return ApiProblems.Invalid(prefix + "rate_unit", "Use W or A.");
            }

            unit = ApiWords.Matches(body.RateUnit, "A") ? ChargingRateUnit.A : ChargingRateUnit.W;
        }

        if (body.Periods is not { Count: > 0 } periods)
        {
            return ApiProblems.Invalid(prefix + "periods", "Required: at least one period, the first with start_seconds 0.");
        }

        var list = new List<ChargingSchedulePeriod>(periods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i] is not { StartSeconds: { } start and >= 0, Limit: { } limit and >= 0 } period)
            {
                return ApiProblems.Invalid($"{prefix}periods[{i}]", "Needs start_seconds (0 or more) and limit (0 or more).");
            }

            if (period.NumberPhases is < 1 or > 3)
            {
                return ApiProblems.Invalid($"{prefix}periods[{i}].number_phases", "Use 1, 2 or 3.");
            }

            if (period.PhaseToUse is not null && (period.PhaseToUse is < 1 or > 3 || period.NumberPhases != 1))
            {
                return ApiProblems.Invalid($"{prefix}periods[{i}].phase_to_use", "Use 1, 2 or 3, and only with number_phases 1 (K01.FR.19/20).");
            }

            if (i > 0 && start <= list[i - 1].StartPeriod)
            {
                return ApiProblems.Invalid($"{prefix}periods[{i}].start_seconds", "Periods go in increasing order of start_seconds (K01.FR.35).");
            }

            list.Add(new ChargingSchedulePeriod(start, limit, period.NumberPhases, period.PhaseToUse));
        }

        if (list[0].StartPeriod != 0)
        {
            return ApiProblems.Invalid(prefix + "periods[0].start_seconds", "The first period starts at 0 (K01.FR.31).");
        }

        RecurrencyKind? recurrency = null;
        if (body.Recurrency is not null)
        {
            recurrency = ApiWords.Matches(body.Recurrency, "Daily") ? RecurrencyKind.Daily : ApiWords.Matches(body.Recurrency, "Weekly") ? RecurrencyKind.Weekly : null;
            if (recurrency is null || body.StartSchedule is null)
            {
                return ApiProblems.Invalid(prefix + "recurrency", "Use daily or weekly, together with start_schedule.");
            }
        }

        if (body.StackLevel is < 0)
        {
            return ApiProblems.Invalid(prefix + "stack_level", "0 or more.");
        }

        if (body.DurationSeconds is < 0)
        {
            return ApiProblems.Invalid(prefix + "duration_seconds", "0 or more, or leave it out for a schedule without end.");
        }

        if (body.ValidFrom is { } from && body.ValidTo is { } to && to <= from)
        {
            return ApiProblems.Invalid(prefix + "valid_to", "Must come after valid_from.");
        }

        profile = new ChargingProfile
        {
            Id = body.Id ?? 1,
            StackLevel = body.StackLevel ?? 0,
            Purpose = purpose,
            // Without start_schedule the profile starts with the session; with it, it is Absolute or Recurring.
            Kind = recurrency is not null ? ChargingProfileKind.Recurring : body.StartSchedule is null ? ChargingProfileKind.Relative : ChargingProfileKind.Absolute,
            Recurrency = recurrency,
            ValidFrom = body.ValidFrom,
            ValidTo = body.ValidTo,
            TransactionId = body.TransactionId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Schedules =
            [
                new ChargingSchedule
                {
                    StartSchedule = body.StartSchedule,
                    Duration = body.DurationSeconds,
                    RateUnit = unit,
                    Periods = list,
                    MinChargingRate = body.MinChargingRate,
                },
            ],
        };

        // The protocol library's rules catch what the field checks above do not (a Relative charger_max, K01.FR.38).
        if (ChargingProfileCheck.Problem(profile, startScheduleRules: true) is { } problem)
        {
            return ApiProblems.Invalid(prefix + (problem.ReasonCode == ChargingProfileCheck.InvalidSchedule ? "periods" : "purpose"), problem.Detail);
        }

        return null;
    }

    /// <summary>charger_max (or the OCPP names ChargingStationMaxProfile / ChargePointMaxProfile), tx_default, tx.</summary>
    public static bool TryPurpose(string input, out ChargingProfilePurpose purpose)
    {
        (string Word, ChargingProfilePurpose Purpose)[] words =
        [
            ("ChargerMax", ChargingProfilePurpose.ChargingStationMaxProfile),
            ("ChargingStationMaxProfile", ChargingProfilePurpose.ChargingStationMaxProfile),
            ("ChargePointMaxProfile", ChargingProfilePurpose.ChargingStationMaxProfile),
            ("TxDefault", ChargingProfilePurpose.TxDefaultProfile),
            ("TxDefaultProfile", ChargingProfilePurpose.TxDefaultProfile),
            ("Tx", ChargingProfilePurpose.TxProfile),
            ("TxProfile", ChargingProfilePurpose.TxProfile),
        ];
        foreach (var (word, candidate) in words)
        {
            if (ApiWords.Matches(input, word))
            {
                purpose = candidate;
                return true;
            }
        }

        purpose = default;
        return false;
    }
}
