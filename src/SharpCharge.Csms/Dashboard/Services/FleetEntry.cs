namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>One charger's colour state (see <see cref="ChargerState"/>) and power now in kW.</summary>
internal sealed record FleetEntry(string ChargerId, string State, decimal PowerKw);
