using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Chargers;

/// <summary>POST /api/chargers.</summary>
/// <param name="Id">The charge point identity the charger puts in its URL: 1 to 48 printable ASCII characters.</param>
/// <param name="StationId">The station it belongs to (optional; must exist).</param>
/// <param name="Password">HTTP Basic password (security profiles 1 and 2): 16 to 64 characters. Stored hashed only.</param>
/// <param name="RegistrationStatus">What its BootNotification gets: accepted (default), pending or rejected.</param>
/// <param name="Latitude">Where the charger stands, WGS 84 degrees (−90..90), given together with <paramref name="Longitude"/>; without them maps use the station's.</param>
/// <param name="Longitude">WGS 84 degrees (−180..180).</param>
/// <param name="MaxPowerKw">The most the charger can deliver, all EVSEs together, kW (above 0, at most 100,000); bounds the dashboard's power slider.</param>
internal sealed record RegisterChargerRequest(
    string? Id,
    string? StationId,
    string? Password,
    string? Vendor,
    string? Model,
    ChargerRegistrationStatus? RegistrationStatus,
    double? Latitude = null,
    double? Longitude = null,
    double? MaxPowerKw = null);
