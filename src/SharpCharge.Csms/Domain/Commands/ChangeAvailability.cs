namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Make the whole charger (no EVSE), an EVSE or a connector operative or inoperative.</summary>
internal sealed record ChangeAvailability(bool Operative, int? EvseId, int? ConnectorId) : ChargerCommand
{
    public override string Name => "ChangeAvailability";
}
