using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Reporting;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

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

    // A 2.x charger reports a connector in use as Occupied whether or not energy flows; the session's chargingState
    // (sent whenever it changes, E02.FR.13) tells which. 23 of the demo's 34 chargers are 2.0.1: without this their
    // markers stayed amber through a whole session.
    [Theory]
    [InlineData("Charging", ChargerState.Charging, "Charging")]
    [InlineData("SuspendedEV", ChargerState.Other, "SuspendedEV")]
    [InlineData("SuspendedEVSE", ChargerState.Other, "SuspendedEVSE")]
    [InlineData("EVConnected", ChargerState.Other, "Occupied")]
    [InlineData("Idle", ChargerState.Other, "Occupied")]
    public void Of_20ChargerOccupied_TakesItsColourFromTheRunningSessionsChargingState(string chargingState, string expected, string status)
    {
        var charger = Assert.Single(ChargerViews.Build(Fleet(ConnectorStatus.Occupied, chargingState)));

        Assert.Equal(expected, ChargerState.Of(charger));
        Assert.Equal(Enum.Parse<ConnectorStatus>(status), ChargerState.StatusOf(charger));
    }

    [Fact]
    public void Of_20ChargerOccupiedWithoutARunningSession_IsOther()
    {
        var charger = Assert.Single(ChargerViews.Build(Fleet(ConnectorStatus.Occupied, chargingState: null, running: false)));

        Assert.Equal(ChargerState.Other, ChargerState.Of(charger));
    }

    [Fact]
    public void Of_20ChargerFaultedDuringACharge_IsFaulted()
    {
        // What the charger reported last wins over the session's state when it is not "in use".
        var charger = Assert.Single(ChargerViews.Build(Fleet(ConnectorStatus.Faulted, "Charging")));

        Assert.Equal(ChargerState.Faulted, ChargerState.Of(charger));
    }

    [Fact]
    public void Build_20ChargerCharging_KeepsTheReportedConnectorStatusAndShowsTheChargingState()
    {
        // The REST API shows what the charger said: Occupied, with the session's charging state next to it.
        var charger = Assert.Single(ChargerViews.Build(Fleet(ConnectorStatus.Occupied, "Charging")));

        var connector = Assert.Single(charger.Connectors);
        Assert.Equal(ConnectorStatus.Occupied, connector.Status);
        Assert.Equal("Charging", connector.ChargingState);
        Assert.Equal(ConnectorStatus.Occupied, charger.Status);
    }

    private static FleetSnapshot Fleet(ConnectorStatus status, string? chargingState, bool running = true)
    {
        var at = DateTimeOffset.UnixEpoch;
        var transaction = new TransactionRecord(42, "JJC-01", TransactionState.Running, at) { EvseId = 1, ConnectorId = 1, ChargingState = chargingState };
        return new FleetSnapshot(
            [new Charger("JJC-01", ChargerRegistrationStatus.Accepted) { Online = true, OcppVersion = "2.0.1" }],
            [new ConnectorState("JJC-01", 1, 1, status, at, at)],
            running ? [transaction] : [],
            new Dictionary<long, decimal> { [42] = 60m });
    }

    private static ChargerDto Charger(bool connected, ConnectorStatus? whole, params ConnectorStatus[] connectors) =>
        new(
            "CP-1", null, null, null, null, null, "1.6", ChargerRegistrationStatus.Accepted, connected, null, whole,
            [.. connectors.Select((status, i) => new ConnectorDto(i + 1, 1, status, null, null, 0m, null))],
            0m, 0m, null, false, DateTimeOffset.UnixEpoch, null, null, null);
}
