using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Chargers;

/// <summary>
/// PATCH /api/chargers/{id}: only the fields present change. <c>station_id: ""</c> takes the charger out of its
/// station; <c>password: ""</c> removes its password. <c>latitude</c> and <c>longitude</c> come together;
/// <c>max_power_kw</c> is the most the charger can deliver, all EVSEs together.
/// </summary>
internal sealed record UpdateChargerRequest(
    string? StationId,
    string? Password,
    string? Vendor,
    string? Model,
    ChargerRegistrationStatus? RegistrationStatus,
    double? Latitude = null,
    double? Longitude = null,
    double? MaxPowerKw = null);
