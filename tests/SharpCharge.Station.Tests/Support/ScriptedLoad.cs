namespace SharpCharge.Station.Tests.Support;

/// <summary>A vehicle that draws the powers a test lists, one per meter tick (the last repeats), capped by the offer; it records every question.</summary>
internal sealed class ScriptedLoad(params decimal[] powers) : IEvseLoad
{
    private int _next;

    public List<(int EvseId, TimeSpan Elapsed, decimal OfferedW, decimal DrawnW)> Asked { get; } = [];

    public decimal? StateOfCharge { get; set; }

    public EvseDemand Demand(int evseId, string transactionId, TimeSpan elapsed, decimal offeredW)
    {
        var power = Math.Min(powers[Math.Min(_next++, powers.Length - 1)], offeredW);
        Asked.Add((evseId, elapsed, offeredW, power));
        return new EvseDemand(power, StateOfCharge);
    }
}
