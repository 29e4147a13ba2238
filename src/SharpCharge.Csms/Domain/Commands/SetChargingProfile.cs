namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Install a charging profile on an EVSE (0 = the whole charger; 1.6 connector <see cref="EvseId"/>).</summary>
internal sealed record SetChargingProfile(int EvseId, ChargingProfileSpec Profile) : ChargerCommand
{
    public override string Name => "SetChargingProfile";
}
