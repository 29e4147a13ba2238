namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/cost-updated</c> (2.x): the running cost of a session (the central system's transaction id).</summary>
internal sealed record CostUpdatedBody
{
    public long? TransactionId { get; init; }

    public decimal? TotalCost { get; init; }
}
