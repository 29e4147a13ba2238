namespace SharpCharge.Station;

/// <summary>
/// A message the central system put on the station's display (2.x SetDisplayMessage, O01-O06). Texts are spelled as
/// OCPP spells them: <see cref="Priority"/> AlwaysFront, InFront or NormalCycle; <see cref="State"/> Charging, Faulted,
/// Idle, Unavailable (2.1 also Suspended) or null for any state; <see cref="Format"/> ASCII, UTF8 or URI.
/// </summary>
public sealed record DisplayMessage(int Id, string Priority, string Format, string Content)
{
    public string? State { get; init; }

    public string? Language { get; init; }

    /// <summary>Not shown before this instant (O01.FR.06).</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>Removed after this instant (O01.FR.07).</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>Shown only during this transaction and removed when it ends (O02).</summary>
    public string? TransactionId { get; init; }

    /// <summary>The EVSE whose display shows it (the request's display component), or null for the station's.</summary>
    public int? EvseId { get; init; }

    /// <summary>Whether the message is due at <paramref name="now"/>: after its start and before its end.</summary>
    public bool IsShownAt(DateTimeOffset now) => (StartsAt is null || StartsAt <= now) && (EndsAt is null || now < EndsAt);
}
