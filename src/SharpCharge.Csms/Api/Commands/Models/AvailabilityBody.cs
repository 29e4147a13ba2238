namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/availability</c>: operative or not, for the whole charger (no evse_id), an EVSE or a connector.</summary>
internal sealed record AvailabilityBody
{
    public bool? Operative { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }
}
