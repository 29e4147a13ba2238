using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Import;

/// <summary>A checked station of a fleet file and the line it came from.</summary>
internal sealed record StationEntry(Station Station, int Line);
