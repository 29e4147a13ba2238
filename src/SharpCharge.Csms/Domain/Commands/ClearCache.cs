namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Clear the charger's authorization cache.</summary>
internal sealed record ClearCache : ChargerCommand
{
    public override string Name => "ClearCache";
}
