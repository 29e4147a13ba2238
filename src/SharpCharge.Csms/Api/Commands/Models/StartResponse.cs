namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// The answer to a start: <c>status</c> success, rejected, offline or timeout; <c>transaction_id</c> the session the
/// charger started (null with <c>reason</c> when there is none).
/// </summary>
internal sealed record StartResponse(string Status, long? TransactionId, string ChargerId, string? Reason, long CommandId)
{
    public string? ChargerStatus { get; init; }
}
