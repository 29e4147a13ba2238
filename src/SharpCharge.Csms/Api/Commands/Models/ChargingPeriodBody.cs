namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>One period of a schedule: from <c>start_seconds</c>, at most <c>limit</c> (W or A).</summary>
internal sealed record ChargingPeriodBody
{
    public int? StartSeconds { get; init; }

    public decimal? Limit { get; init; }

    public int? NumberPhases { get; init; }

    /// <summary>With <c>number_phases</c> 1 (2.x): the phase to charge on, 1 to 3.</summary>
    public int? PhaseToUse { get; init; }
}
