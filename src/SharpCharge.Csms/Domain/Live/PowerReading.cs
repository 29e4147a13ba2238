using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Domain.Live;

/// <summary>
/// Reads the power now from sampled values: the overall (no phase) Power.Active.Import, in W or kW, times
/// 10^multiplier (1.6 UnitOfMeasure W/kW; 2.x unitOfMeasure with multiplier). Other samples are not power readings.
/// </summary>
internal static class PowerReading
{
    public const string PowerActiveImport = "Power.Active.Import";

    public const string StateOfCharge = "SoC";

    /// <summary>The reading in kW, or null when <paramref name="sample"/> is not one.</summary>
    public static decimal? ToKw(MeterSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Value is not { } value || sample.Phase is not null || sample.Measurand != PowerActiveImport)
        {
            return null;
        }

        var scale = sample.Unit switch
        {
            null or "W" => 0.001m,
            "kW" => 1m,
            _ => 0m,
        };
        return scale == 0m ? null : value * scale * PowerOfTen(sample.Multiplier);
    }

    /// <summary>The newest power reading among <paramref name="samples"/>, in kW.</summary>
    public static decimal? Latest(IEnumerable<MeterSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        decimal? latest = null;
        var at = DateTimeOffset.MinValue;
        foreach (var sample in samples)
        {
            if (ToKw(sample) is { } kw && sample.Timestamp >= at)
            {
                latest = kw;
                at = sample.Timestamp;
            }
        }

        return latest;
    }

    /// <summary>The newest energy register reading among <paramref name="samples"/>, in kWh.</summary>
    public static decimal? LatestEnergyKwh(IEnumerable<MeterSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        decimal? latest = null;
        var at = DateTimeOffset.MinValue;
        foreach (var sample in samples)
        {
            if (EnergyRegister.ToWh(sample) is { } wh && sample.Timestamp >= at)
            {
                latest = wh / 1000m;
                at = sample.Timestamp;
            }
        }

        return latest;
    }

    /// <summary>The newest overall SoC reading (measurand SoC, in percent) among <paramref name="samples"/>.</summary>
    public static decimal? LatestSoc(IEnumerable<MeterSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        decimal? latest = null;
        var at = DateTimeOffset.MinValue;
        foreach (var sample in samples)
        {
            if (sample.Measurand == StateOfCharge && sample.Phase is null && sample.Value is { } value && sample.Timestamp >= at)
            {
                latest = value;
                at = sample.Timestamp;
            }
        }

        return latest;
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
