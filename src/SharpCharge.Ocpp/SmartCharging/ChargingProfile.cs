namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>
/// A charging profile in version-neutral form: what the central system installs and the calculator combines.
/// Build one from a 1.6, 2.0.1 or 2.1 message with the mappings in the V16, V201 and V21 folders beside this file.
/// </summary>
public sealed record ChargingProfile
{
    public required int Id { get; init; }

    /// <summary>Within a purpose, the valid profile with the highest level that defines a period leads (K01.FR.17).</summary>
    public required int StackLevel { get; init; }

    public required ChargingProfilePurpose Purpose { get; init; }

    public required ChargingProfileKind Kind { get; init; }

    /// <summary>Set only for <see cref="ChargingProfileKind.Recurring"/>.</summary>
    public RecurrencyKind? Recurrency { get; init; }

    /// <summary>Valid from this instant on (K01.FR.36); null: since it was installed.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>Valid before this instant (K01.FR.37); null: until replaced.</summary>
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>A TxProfile's transaction (1.6: the central system's number as text).</summary>
    public string? TransactionId { get; init; }

    /// <summary>One schedule, or up to three with ISO 15118 (K01.FR.34); the first one is the one obeyed.</summary>
    public required IReadOnlyList<ChargingSchedule> Schedules { get; init; }

    /// <summary>The schedule the calculator uses.</summary>
    public ChargingSchedule Schedule => Schedules[0];
}
