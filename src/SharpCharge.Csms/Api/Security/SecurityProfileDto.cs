namespace SharpCharge.Csms.Api.Security;

/// <summary>
/// A charger's recorded security profile: 0 none recorded, 1 Basic auth over ws://, 2 Basic auth over wss://, 3 TLS
/// client certificate. The charger may not connect with a lower one.
/// </summary>
internal sealed record SecurityProfileDto(string ChargerId, int SecurityProfile);
