namespace SharpCharge.Csms.Domain.Commands;

/// <summary>2.x CostUpdated (I02): the running cost of a session, shown to the driver.</summary>
internal sealed record CostUpdated(decimal TotalCost, string ChargerTransactionId) : ChargerCommand
{
    public override string Name => "CostUpdated";
}
