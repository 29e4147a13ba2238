using SharpCharge.Csms.Api.Commands.Models;

namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>
/// <c>POST /api/charging-profiles</c> and <c>PUT /api/charging-profiles/{id}</c>: an optional name and the profile
/// (its <c>id</c> is ignored: the stored profile's id is the OCPP chargingProfile.id).
/// </summary>
internal sealed record StoredProfileBody
{
    public string? Name { get; init; }

    public ChargingProfileBody? Profile { get; init; }
}
