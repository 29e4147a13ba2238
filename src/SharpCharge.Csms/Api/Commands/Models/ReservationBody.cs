namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// <c>POST /api/chargers/{id}/reservations</c>: reserve an EVSE (none: any) for a token until <c>expires_at</c>. The
/// reservation id is assigned when omitted and returned as <c>request_id</c>.
/// </summary>
internal sealed record ReservationBody
{
    public int? ReservationId { get; init; }

    public string? IdToken { get; init; }

    public string? IdTokenType { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public int? EvseId { get; init; }

    public string? GroupIdToken { get; init; }
}
