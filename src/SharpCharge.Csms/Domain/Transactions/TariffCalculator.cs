using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// Cost of a session: energy × price per kWh + minutes × price per minute + session fee, rounded to 4 decimal places
/// (away from zero) so sums stay exact; rounding to the currency's minor unit is left to whoever shows the amount.
/// </summary>
internal static class TariffCalculator
{
    public const int Decimals = 4;

    public static decimal Cost(Tariff tariff, decimal energyWh, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        var minutes = duration <= TimeSpan.Zero ? 0m : (decimal)duration.Ticks / TimeSpan.TicksPerMinute;
        var cost = (energyWh / 1000m * tariff.PricePerKwh)
            + (minutes * (tariff.PricePerMinute ?? 0m))
            + (tariff.SessionFee ?? 0m);
        return Math.Round(cost, Decimals, MidpointRounding.AwayFromZero);
    }
}
