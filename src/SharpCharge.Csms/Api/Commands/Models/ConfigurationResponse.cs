namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>A 1.6 charger's configuration keys, and the requested keys it does not know.</summary>
internal sealed record ConfigurationResponse(string Status, string ChargerId, long CommandId, IReadOnlyList<ConfigurationKeyView> Keys, IReadOnlyList<string> UnknownKeys);
