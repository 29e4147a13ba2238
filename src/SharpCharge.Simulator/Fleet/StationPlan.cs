using SharpCharge.Ocpp;

namespace SharpCharge.Simulator.Fleet;

/// <summary>One station to play: its id, version, template and coordinates.</summary>
internal sealed record StationPlan(string Id, OcppVersion Version, StationTemplate Template, double? Latitude, double? Longitude);
