using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Chargers;

/// <summary>A charger as the API shows it.</summary>
/// <param name="OcppVersion">"1.6", "2.0.1" or "2.1": the version of the last connection.</param>
/// <param name="Status">The whole charger's status (its EVSE 0 report), or else the most significant connector status; null before any report.</param>
/// <param name="CurrentPower">The power of all running sessions now, in kW (their newest Power.Active.Import readings).</param>
/// <param name="EnergyAccumulated">The energy of the running sessions so far, in kWh (0 when idle).</param>
/// <param name="TransactionId">A running session at this charger (the oldest, if several), or null.</param>
/// <param name="Latitude">Where the charger stands (WGS 84); null when only its station's coordinates are known.</param>
/// <param name="MaxPowerKw">The most the charger can deliver, all EVSEs together, in kW; null when not known.</param>
internal sealed record ChargerDto(
    string ChargerId,
    string? StationId,
    string? Vendor,
    string? Model,
    string? SerialNumber,
    string? FirmwareVersion,
    string? OcppVersion,
    ChargerRegistrationStatus RegistrationStatus,
    bool Connected,
    DateTimeOffset? LastSeen,
    ConnectorStatus? Status,
    IReadOnlyList<ConnectorDto> Connectors,
    decimal CurrentPower,
    decimal EnergyAccumulated,
    long? TransactionId,
    bool HasPassword,
    DateTimeOffset CreatedAt,
    double? Latitude,
    double? Longitude,
    double? MaxPowerKw);
