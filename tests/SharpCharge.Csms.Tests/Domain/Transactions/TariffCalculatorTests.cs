using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Domain.Transactions;

public sealed class TariffCalculatorTests
{
    [Fact]
    public void Cost_EnergyOnly_IsKwhTimesPrice()
    {
        Assert.Equal(3.9m, TariffCalculator.Cost(new Tariff(0.39m, "EUR"), 10_000m, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Cost_WithMinutesAndFee_AddsThem()
    {
        var tariff = new Tariff(0.30m, "EUR") { PricePerMinute = 0.05m, SessionFee = 1m };

        // 12.5 kWh × 0.30 + 90 min × 0.05 + 1.00 = 3.75 + 4.50 + 1.00
        Assert.Equal(9.25m, TariffCalculator.Cost(tariff, 12_500m, TimeSpan.FromMinutes(90)));
    }

    [Fact]
    public void Cost_FractionalAmounts_RoundToFourDecimals()
    {
        Assert.Equal(0.0001m, TariffCalculator.Cost(new Tariff(0.33333m, "EUR"), 0.3m, TimeSpan.Zero));
    }

    [Fact]
    public void Cost_NegativeDuration_CountsNoMinutes()
    {
        var tariff = new Tariff(0m, "EUR") { PricePerMinute = 1m };

        Assert.Equal(0m, TariffCalculator.Cost(tariff, 0m, TimeSpan.FromMinutes(-5)));
    }
}
