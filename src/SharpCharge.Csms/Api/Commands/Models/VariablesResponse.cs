namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>The result of Get/SetVariables: success when the charger accepted every variable; each variable's own status.</summary>
internal sealed record VariablesResponse(string Status, string ChargerId, long CommandId, IReadOnlyList<VariableView> Variables);
