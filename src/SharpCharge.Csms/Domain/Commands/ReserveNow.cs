namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Reserve an EVSE (1.6: connector <see cref="EvseId"/>, 0 or none for the whole charger; 2.x: an EVSE or none)
/// for a token until <see cref="ExpiresAt"/>.
/// </summary>
internal sealed record ReserveNow(int ReservationId, string IdToken, string? IdTokenType, DateTimeOffset ExpiresAt, int? EvseId) : ChargerCommand
{
    public override string Name => "ReserveNow";

    public string? GroupIdToken { get; init; }

    public override int? FollowUpId => ReservationId;
}
