namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// The answer to a command the charger answered: <c>status</c> is "success" or "rejected", <c>charger_status</c> the
/// charger's own word (Accepted, Rejected, Scheduled, UnlockFailed, ...), <c>detail</c> its reason when it gave one,
/// <c>command_id</c> the entry in <c>GET /api/commands</c>, and <c>request_id</c> the id later notifications carry.
/// </summary>
internal sealed record CommandResponse(string Status, string ChargerId, long CommandId, string? ChargerStatus, string? Detail)
{
    public int? RequestId { get; init; }
}
