using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Geo;

/// <summary>What a charger's point on the map says: which charger, its status and its power now (kW).</summary>
internal sealed record ChargerGeoProperties(string ChargerId, string? StationId, string? StationName, ConnectorStatus? Status, decimal PowerKw, bool Connected);
