namespace SharpCharge.Csms.Domain.Commands;

/// <summary>One 2.x Get/SetVariables result: the variable, the charger's status for it and, for Get, the value.</summary>
internal sealed record VariableResult(VariableReference Variable, string Status, string? Value)
{
    public string? Detail { get; init; }
}
