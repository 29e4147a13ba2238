namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Unlock a connector (1.6: connector <see cref="EvseId"/>; 2.x: EVSE and connector).</summary>
internal sealed record UnlockConnector(int EvseId, int ConnectorId) : ChargerCommand
{
    public override string Name => "UnlockConnector";
}
