namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>PATCH /api/chargers/{id}/power</c>: the most the whole charger may draw, in kW.</summary>
internal sealed record PowerBody
{
    public decimal? MaxPowerKw { get; init; }
}
