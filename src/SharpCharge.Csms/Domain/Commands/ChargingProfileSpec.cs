namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// A charging profile in the terms both versions share. Limits are in W when <see cref="RateUnitAmps"/> is false,
/// otherwise in A. Without <see cref="StartSchedule"/> the profile is Relative (it starts with the session),
/// with one Absolute.
/// </summary>
internal sealed record ChargingProfileSpec(int Id, int StackLevel, ChargingProfilePurpose Purpose, IReadOnlyList<ChargingPeriod> Periods)
{
    public bool RateUnitAmps { get; init; }

    public DateTimeOffset? StartSchedule { get; init; }

    public int? DurationSeconds { get; init; }

    public DateTimeOffset? ValidFrom { get; init; }

    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>For a Tx profile: the session's id as the charger knows it (1.6 the central system's number, 2.x the charger's id).</summary>
    public string? TransactionId { get; init; }

    /// <summary>Recurring daily or weekly, with <see cref="StartSchedule"/> as the start of the first period; null otherwise.</summary>
    public string? Recurrency { get; init; }
}
