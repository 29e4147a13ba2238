namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// A charging profile: <c>purpose</c> charger_max, tx_default or tx; limits per period in W (<c>rate_unit</c> "W",
/// default) or A. Without <c>start_schedule</c> the profile starts with the session (Relative).
/// </summary>
internal sealed record ChargingProfileBody
{
    public int? Id { get; init; }

    public int? StackLevel { get; init; }

    public string? Purpose { get; init; }

    public string? RateUnit { get; init; }

    public IReadOnlyList<ChargingPeriodBody>? Periods { get; init; }

    public DateTimeOffset? StartSchedule { get; init; }

    /// <summary>Below this rate (in <c>rate_unit</c>) the EV charges inefficiently; a hint, not a limit (K01.FR.21).</summary>
    public decimal? MinChargingRate { get; init; }

    public int? DurationSeconds { get; init; }

    public DateTimeOffset? ValidFrom { get; init; }

    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>daily or weekly, repeating from <c>start_schedule</c>.</summary>
    public string? Recurrency { get; init; }

    /// <summary>For a tx profile: the central system's transaction id.</summary>
    public long? TransactionId { get; init; }
}
