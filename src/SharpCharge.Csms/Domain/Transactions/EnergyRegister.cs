namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// Reads the session energy meter from sampled values: the overall (no phase) Energy.Active.Import.Register,
/// in Wh or kWh, times 10^multiplier (OCPP-NOTES §4.6, §5.12). Other samples are not energy readings.
/// </summary>
internal static class EnergyRegister
{
    /// <summary>The reading in Wh, or null when <paramref name="sample"/> (with defaults) is not one.</summary>
    public static decimal? ToWh(MeterSample sample)
    {
        if (sample.Value is not { } value
            || sample.Phase is not null
            || (sample.Measurand ?? MeterSample.EnergyActiveImportRegister) != MeterSample.EnergyActiveImportRegister)
        {
            return null;
        }

        var scale = sample.Unit switch
        {
            null or MeterSample.UnitWh => 1m,
            MeterSample.UnitKWh => 1000m,
            _ => 0m,
        };
        if (scale == 0m)
        {
            return null;
        }

        return value * scale * PowerOfTen(sample.Multiplier);
    }

    private static decimal PowerOfTen(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }

        return exponent >= 0 ? result : 1m / result;
    }
}
