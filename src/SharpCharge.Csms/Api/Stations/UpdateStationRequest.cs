namespace SharpCharge.Csms.Api.Stations;

/// <summary>
/// PATCH /api/stations/{id}: only the fields present change. <c>address: ""</c> clears the address; a <c>tariff</c>
/// replaces the whole tariff, and <c>remove_tariff: true</c> makes sessions at the station unpriced.
/// </summary>
internal sealed record UpdateStationRequest(
    string? Name,
    string? Address,
    double? Latitude,
    double? Longitude,
    double? CapacityKw,
    TariffDto? Tariff,
    bool? RemoveTariff);
