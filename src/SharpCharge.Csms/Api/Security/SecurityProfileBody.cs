namespace SharpCharge.Csms.Api.Security;

/// <summary>PUT /api/chargers/{id}/security-profile: the profile to raise to (1-3; it can never be lowered).</summary>
internal sealed record SecurityProfileBody(int? SecurityProfile);
