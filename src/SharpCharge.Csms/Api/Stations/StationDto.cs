namespace SharpCharge.Csms.Api.Stations;

/// <summary>A station as the API shows it, with the ids of its chargers.</summary>
internal sealed record StationDto(
    string StationId,
    string Name,
    string? Address,
    double? Latitude,
    double? Longitude,
    double? CapacityKw,
    TariffDto? Tariff,
    IReadOnlyList<string> ChargerIds);
