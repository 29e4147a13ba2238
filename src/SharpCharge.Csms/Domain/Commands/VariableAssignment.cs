namespace SharpCharge.Csms.Domain.Commands;

/// <summary>One value to set on a 2.x variable.</summary>
internal sealed record VariableAssignment(VariableReference Variable, string Value);
