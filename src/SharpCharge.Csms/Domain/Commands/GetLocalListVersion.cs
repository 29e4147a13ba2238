namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Ask for the version of the charger's local authorization list.</summary>
internal sealed record GetLocalListVersion : ChargerCommand
{
    public override string Name => "GetLocalListVersion";
}
