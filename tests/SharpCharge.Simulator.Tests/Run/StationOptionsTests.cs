using SharpCharge.Ocpp;
using SharpCharge.Simulator.Fleet;
using SharpCharge.Simulator.Run;

namespace SharpCharge.Simulator.Tests.Run;

public sealed class StationOptionsTests
{
    private static readonly StationTemplate Template = new() { Name = "t", IdPattern = "T-{0}", Evses = 3, ConnectorsPerEvse = 2, MaxPowerKw = 50m, MeterInterval = TimeSpan.FromSeconds(30) };

    [Theory]
    [InlineData(1, 30)]
    [InlineData(60, 1800)]
    [InlineData(600, 3600)] // the protocol library's one-hour cap on a call timeout
    public void CallTimeout_IsThirtyRealSecondsUpToTheCap(double speed, int expectedSimulatedSeconds)
    {
        var options = StationOptions.For(Plan(), Settings(), relay: null, speed, seed: 1);

        Assert.Equal(TimeSpan.FromSeconds(expectedSimulatedSeconds), options.CallTimeout);
        Assert.Equal(options.CallTimeout, options.ConnectTimeout);
    }

    [Fact]
    public void Template_BecomesTheStationsShape()
    {
        var options = StationOptions.For(Plan(), Settings() with { Password = "secret-password-16" }, relay: null, speed: 1, seed: 9);

        Assert.Equal(("T-1", OcppVersion.V201, 50_000m, TimeSpan.FromSeconds(30), 9), (options.Id, options.Version, options.ChargingPowerW, options.MeterValueInterval, options.RandomSeed));
        Assert.Equal([2, 2, 2], options.Evses);
        Assert.Equal("secret-password-16", options.Password);
    }

    [Fact]
    public async Task Relay_RoutesTheStationThroughLoopback()
    {
        await using var relay = new NetworkRelay(new Uri("ws://localhost:9000/ocpp"));

        var options = StationOptions.For(Plan(), Settings(), relay, speed: 1, seed: 1);

        Assert.Equal(new Uri($"ws://127.0.0.1:{relay.Port}/ocpp"), options.CsmsUri);
    }

    private static StationPlan Plan() => new("T-1", OcppVersion.V201, Template, null, null);

    private static RunSettings Settings() => new() { Csms = new Uri("ws://localhost:9000/ocpp"), Fleet = new FleetDefinition([Template], ["A"]) };
}
