namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Ask the charger to send a message now. <see cref="Message"/> is the trigger as the charger's version spells it
/// (1.6 MessageTrigger or, for the security extension, MessageTriggerEnumType sent as ExtendedTriggerMessage; 2.x
/// MessageTriggerEnumType).
/// </summary>
internal sealed record TriggerMessage(string Message, int? EvseId, int? ConnectorId) : ChargerCommand
{
    public override string Name => "TriggerMessage";
}
