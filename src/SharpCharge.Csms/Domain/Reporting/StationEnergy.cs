namespace SharpCharge.Csms.Domain.Reporting;

/// <summary>The energy of ended sessions at one station's chargers, in Wh.</summary>
internal sealed record StationEnergy(string StationId, decimal EnergyWh);
