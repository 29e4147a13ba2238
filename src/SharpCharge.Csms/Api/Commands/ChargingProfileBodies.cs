using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Api.Commands;

/// <summary>Checks a <see cref="ChargingProfileBody"/> and turns it into the domain's profile, naming the field that is wrong.</summary>
internal static class ChargingProfileBodies
{
    public static ValidationProblem? TryRead(ChargingProfileBody body, string prefix, ChargingProfilePurpose defaultPurpose, out ChargingProfileSpec spec)
    {
        spec = null!;
        var purpose = defaultPurpose;
        if (body.Purpose is not null && !TryPurpose(body.Purpose, out purpose))
        {
            return ApiProblems.Invalid(prefix + "purpose", "Use charger_max, tx_default or tx.");
        }

        var amps = false;
        if (body.RateUnit is not null)
        {
            if (!ApiWords.Matches(body.RateUnit, "W") && !ApiWords.Matches(body.RateUnit, "A"))
            {
                return ApiProblems.Invalid(prefix + "rate_unit", "Use W or A.");
            }

            amps = ApiWords.Matches(body.RateUnit, "A");
        }

        if (body.Periods is not { Count: > 0 } periods)
        {
            return ApiProblems.Invalid(prefix + "periods", "Required: at least one period, the first with start_seconds 0.");
        }

        var list = new List<ChargingPeriod>(periods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i] is not { StartSeconds: { } start and >= 0, Limit: { } limit and >= 0 } period)
            {
                return ApiProblems.Invalid($"{prefix}periods[{i}]", "Needs start_seconds (0 or more) and limit (0 or more).");
            }

            list.Add(new ChargingPeriod(start, limit) { NumberPhases = period.NumberPhases });
        }

        if (list[0].StartSeconds != 0)
        {
            return ApiProblems.Invalid(prefix + "periods[0].start_seconds", "The first period starts at 0.");
        }

        string? recurrency = null;
        if (body.Recurrency is not null)
        {
            recurrency = ApiWords.Matches(body.Recurrency, "Daily") ? "Daily" : ApiWords.Matches(body.Recurrency, "Weekly") ? "Weekly" : null;
            if (recurrency is null || body.StartSchedule is null)
            {
                return ApiProblems.Invalid(prefix + "recurrency", "Use daily or weekly, together with start_schedule.");
            }
        }

        spec = new ChargingProfileSpec(body.Id ?? 1, body.StackLevel ?? 0, purpose, list)
        {
            RateUnitAmps = amps,
            StartSchedule = body.StartSchedule,
            DurationSeconds = body.DurationSeconds,
            ValidFrom = body.ValidFrom,
            ValidTo = body.ValidTo,
            Recurrency = recurrency,
            TransactionId = body.TransactionId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return null;
    }

    public static bool TryPurpose(string input, out ChargingProfilePurpose purpose)
    {
        foreach (var candidate in Enum.GetValues<ChargingProfilePurpose>())
        {
            if (ApiWords.Matches(input, candidate.ToString()))
            {
                purpose = candidate;
                return true;
            }
        }

        purpose = default;
        return false;
    }
}
