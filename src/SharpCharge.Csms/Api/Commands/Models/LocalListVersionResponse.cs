namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>The version of the charger's local list (0: no list; 1.6 -1: not supported).</summary>
internal sealed record LocalListVersionResponse(string Status, string ChargerId, long CommandId, int? Version);
