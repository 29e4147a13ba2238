namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Reset the charger (1.6 Reset, 2.x Reset; 2.x may reset one EVSE only).</summary>
internal sealed record ResetCharger(ResetKind Kind, int? EvseId) : ChargerCommand
{
    public override string Name => "Reset";
}
