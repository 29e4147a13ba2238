namespace SharpCharge.Csms.Domain.Commands;

/// <summary>2.x SetVariables (B05).</summary>
internal sealed record SetVariables(IReadOnlyList<VariableAssignment> Values) : ChargerCommand
{
    public override string Name => "SetVariables";
}
