namespace SharpCharge.Csms.Api.Stations;

/// <summary>POST /api/stations. <c>station_id</c> (1 to 64 characters) and <c>name</c> are required.</summary>
internal sealed record CreateStationRequest(
    string? StationId,
    string? Name,
    string? Address,
    double? Latitude,
    double? Longitude,
    double? CapacityKw,
    TariffDto? Tariff);
