namespace SharpCharge.Csms.Domain.Commands;

/// <summary>The version of the charger's local list (0: none; -1 in 1.6: not supported).</summary>
internal sealed record LocalListVersion(int Version);
