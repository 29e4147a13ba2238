namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Stop a running session (1.6 RemoteStopTransaction with the central system's id, 2.x RequestStopTransaction with
/// the charger's own id).
/// </summary>
internal sealed record StopCharging(long TransactionId, string? ChargerTransactionId) : ChargerCommand
{
    public override string Name => "StopCharging";
}
