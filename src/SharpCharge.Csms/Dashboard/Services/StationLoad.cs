namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>A station's load now: the power of its chargers' running sessions (kW) and how many of its chargers are online.</summary>
internal sealed record StationLoad(string StationId, decimal LoadKw, int ChargersOnline, int Chargers);
