namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/charging-profiles</c>: the EVSE (0: the whole charger) and the profile.</summary>
internal sealed record SetChargingProfileBody
{
    public int? EvseId { get; init; }

    public ChargingProfileBody? Profile { get; init; }
}
