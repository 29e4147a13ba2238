using SharpCharge.Station.Model;

namespace SharpCharge.Station.Tests.Model;

public sealed class ConnectorTransitionsTests
{
    [Theory]
    [Trait("Spec", "OCPP 1.6 §4.9 status transitions")]
    [InlineData(ConnectorStatus.Available, ConnectorStatus.Preparing, true)]
    [InlineData(ConnectorStatus.Available, ConnectorStatus.Finishing, false)]
    [InlineData(ConnectorStatus.Preparing, ConnectorStatus.Finishing, true)]
    [InlineData(ConnectorStatus.Preparing, ConnectorStatus.Unavailable, false)]
    [InlineData(ConnectorStatus.Charging, ConnectorStatus.Preparing, false)]
    [InlineData(ConnectorStatus.Finishing, ConnectorStatus.Charging, false)]
    [InlineData(ConnectorStatus.Reserved, ConnectorStatus.Preparing, true)]
    [InlineData(ConnectorStatus.Reserved, ConnectorStatus.Charging, false)]
    [InlineData(ConnectorStatus.Unavailable, ConnectorStatus.Finishing, false)]
    [InlineData(ConnectorStatus.Faulted, ConnectorStatus.Finishing, true)]
    public void IsAllowed_FollowsTheSpecificationTable(ConnectorStatus from, ConnectorStatus to, bool allowed)
        => Assert.Equal(allowed, ConnectorTransitions.IsAllowed(from, to));

    [Fact]
    public void TryMove_RefusedTransition_KeepsTheState()
    {
        var connector = new Connector(1, 1);

        Assert.False(connector.TryMove(ConnectorStatus.Finishing));
        Assert.True(connector.TryMove(ConnectorStatus.Preparing));
        Assert.False(connector.TryMove(ConnectorStatus.Preparing));
        Assert.Equal(ConnectorStatus.Preparing, connector.Status);
    }
}
