namespace SharpCharge.Simulator.Ev;

/// <summary>
/// The share of its maximum power a battery accepts at a state of charge: constant up to
/// <see cref="TaperStartPercent"/>, then falling linearly to <see cref="FloorFraction"/> at 100 %, the usual
/// constant-current / constant-voltage shape of lithium-ion charging.
/// </summary>
internal static class ChargingCurve
{
    public const decimal TaperStartPercent = 80m;

    public const decimal FloorFraction = 0.1m;

    public static decimal Fraction(decimal socPercent)
    {
        if (socPercent <= TaperStartPercent)
        {
            return 1m;
        }

        var progress = Math.Min(1m, (socPercent - TaperStartPercent) / (100m - TaperStartPercent));
        return 1m - ((1m - FloorFraction) * progress);
    }
}
