namespace SharpCharge.Csms.Domain.Commands;

/// <summary>2.x ClearDisplayMessage (O05).</summary>
internal sealed record ClearDisplayMessage(int Id) : ChargerCommand
{
    public override string Name => "ClearDisplayMessage";
}
