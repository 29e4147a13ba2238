namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>
/// A ↔ W for AC: W is the total power, A the current per phase, so W = A × voltage × phases (1.6 §7.12,
/// K01.FR.50, K01.FR.51). Limits on the wire carry at most one decimal, so a conversion to A rounds down to
/// 0.1 A: a converted limit never allows more than the original.
/// </summary>
public static class ChargingRateConversion
{
    /// <summary>The limit in W of <paramref name="limit"/> given in <paramref name="unit"/>.</summary>
    public static decimal ToWatts(decimal limit, ChargingRateUnit unit, decimal voltage, int phases)
        => unit == ChargingRateUnit.W ? limit : limit * voltage * phases;

    /// <summary>The limit in <paramref name="unit"/> of <paramref name="watts"/>, rounded down to one decimal.</summary>
    public static decimal FromWatts(decimal watts, ChargingRateUnit unit, decimal voltage, int phases)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(voltage);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(phases);
        var value = unit == ChargingRateUnit.W ? watts : watts / (voltage * phases);
        return decimal.Floor(value * 10m) / 10m;
    }
}
