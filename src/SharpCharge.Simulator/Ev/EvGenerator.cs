namespace SharpCharge.Simulator.Ev;

/// <summary>
/// Draws vehicles from a seeded random source: a battery between 40 and 100 kWh, arriving at 10 to 60 %, aiming
/// for 80 to 100 %, taking 7.4 to 22 kW AC (50 to 250 kW DC), staying 5 to 30 minutes after it is full.
/// </summary>
internal sealed class EvGenerator(Random random)
{
    private static readonly decimal[] AcPowersW = [7_400m, 11_000m, 22_000m];

    public EvProfile Next(bool dc)
    {
        var capacity = decimal.Round(40m + ((decimal)random.NextDouble() * 60m), 1);
        var start = decimal.Round(10m + ((decimal)random.NextDouble() * 50m), 1);
        var target = Math.Max(start, decimal.Round(80m + ((decimal)random.NextDouble() * 20m), 0));
        var maxPower = dc ? decimal.Round(50m + ((decimal)random.NextDouble() * 200m)) * 1000m : AcPowersW[random.Next(AcPowersW.Length)];
        var dwell = TimeSpan.FromMinutes(5 + (random.NextDouble() * 25));
        return new EvProfile(capacity, start, target, maxPower, dwell);
    }
}
