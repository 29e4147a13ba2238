namespace SharpCharge.Csms.Domain.Commands;

/// <summary>2.x GetVariables (B06).</summary>
internal sealed record GetVariables(IReadOnlyList<VariableReference> Variables) : ChargerCommand
{
    public override string Name => "GetVariables";
}
