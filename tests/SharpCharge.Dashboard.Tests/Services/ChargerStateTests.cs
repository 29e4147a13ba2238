using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Dashboard.Tests.Services;

public sealed class ChargerStateTests
{
    [Fact]
    public void Of_16ChargerChargingOnConnector1WhileConnector0Available_IsCharging()
    {
        var charger = Charger(connected: true, whole: ConnectorStatus.Available, ConnectorStatus.Charging);

        Assert.Equal(ChargerState.Charging, ChargerState.Of(charger));
        Assert.Equal(ConnectorStatus.Charging, ChargerState.StatusOf(charger));
    }

    [Fact]
    public void Of_OneConnectorFaulted_IsFaultedEvenWhileAnotherCharges()
    {
        Assert.Equal(ChargerState.Faulted, ChargerState.Of(Charger(connected: true, whole: null, ConnectorStatus.Charging, ConnectorStatus.Faulted)));
    }

    [Fact]
    public void Of_DisconnectedCharger_IsOfflineWhateverItLastReported()
    {
        Assert.Equal(ChargerState.Offline, ChargerState.Of(Charger(connected: false, whole: null, ConnectorStatus.Charging)));
    }

    [Theory]
    [InlineData("Available", ChargerState.Available)]
    [InlineData("Preparing", ChargerState.Other)]
    [InlineData("SuspendedEV", ChargerState.Other)]
    [InlineData("Unavailable", ChargerState.Other)]
    public void Of_SingleConnectorStatus_MapsToItsColour(string status, string expected)
    {
        Assert.Equal(expected, ChargerState.Of(Charger(connected: true, whole: null, Enum.Parse<ConnectorStatus>(status))));
    }

    [Fact]
    public void Of_WholeChargerUnavailableWithAvailableConnectors_IsNotGreen()
    {
        Assert.Equal(ChargerState.Other, ChargerState.Of(Charger(connected: true, whole: ConnectorStatus.Unavailable, ConnectorStatus.Available)));
    }

    private static ChargerDto Charger(bool connected, ConnectorStatus? whole, params ConnectorStatus[] connectors) =>
        new(
            "CP-1", null, null, null, null, null, "1.6", ChargerRegistrationStatus.Accepted, connected, null, whole,
            [.. connectors.Select((status, i) => new ConnectorDto(i + 1, 1, status, null, null, 0m, null))],
            0m, 0m, null, false, DateTimeOffset.UnixEpoch, null, null, null);
}
