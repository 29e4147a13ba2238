using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Tests.Domain.Stations;

public sealed class StationServiceTests
{
    [Fact]
    public void Validate_CompleteStation_Passes()
    {
        StationService.Validate(new Station("berlin-1", "Berlin Mitte")
        {
            Latitude = 52.52,
            Longitude = 13.405,
            CapacityKw = 150,
            Tariff = new Tariff(0.39m, "EUR") { PricePerMinute = 0.02m, SessionFee = 1m },
        });
    }

    [Theory]
    [InlineData(91d, 0d, "Latitude")]
    [InlineData(0d, -181d, "Longitude")]
    [InlineData(double.NaN, 0d, "Latitude")]
    public void Validate_CoordinatesOutOfRange_NamesTheField(double latitude, double longitude, string field)
    {
        var station = new Station("s", "S") { Latitude = latitude, Longitude = longitude };

        var error = Assert.Throws<ArgumentException>(() => StationService.Validate(station));

        Assert.Equal(field, error.ParamName);
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("")]
    public void Validate_CurrencyNotIso4217_NamesTheField(string currency)
    {
        var station = new Station("s", "S") { Tariff = new Tariff(0.3m, currency) };

        var error = Assert.Throws<ArgumentException>(() => StationService.Validate(station));

        Assert.Equal("Tariff.Currency", error.ParamName);
    }

    [Fact]
    public void Validate_NegativePrice_NamesTheTariff()
    {
        var station = new Station("s", "S") { Tariff = new Tariff(-0.3m, "EUR") };

        var error = Assert.Throws<ArgumentException>(() => StationService.Validate(station));

        Assert.Equal("Tariff", error.ParamName);
    }
}
