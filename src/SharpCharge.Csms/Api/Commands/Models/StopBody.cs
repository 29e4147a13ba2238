namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/stop</c>: the central system's transaction id.</summary>
internal sealed record StopBody
{
    public long? TransactionId { get; init; }
}
