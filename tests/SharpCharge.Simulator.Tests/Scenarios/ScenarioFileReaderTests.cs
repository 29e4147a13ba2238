using SharpCharge.Ocpp;
using SharpCharge.Simulator.Fleet;
using SharpCharge.Simulator.Scenarios;

namespace SharpCharge.Simulator.Tests.Scenarios;

public sealed class ScenarioFileReaderTests
{
    [Fact]
    public void SampleScenario_ReadsInTimeOrder()
    {
        var steps = ScenarioFileReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Samples", "scenario.yaml"));

        Assert.Equal(7, steps.Count);
        Assert.Equal(ScenarioAction.PlugIn, steps[0].Action);
        Assert.Equal(new SharpCharge.Simulator.Ev.EvProfile(60m, 20m, 80m, 11_000m, TimeSpan.FromMinutes(5)), steps[0].Vehicle);
        Assert.Equal("TAG-0001", steps[1].Token);
        Assert.Equal([ScenarioAction.Offline, ScenarioAction.Online], steps.Skip(3).Take(2).Select(s => s.Action));
        Assert.True(steps.Zip(steps.Skip(1)).All(pair => pair.First.At <= pair.Second.At));
    }

    [Theory]
    [InlineData("steps:\n  - at: 1m\n    station: CP0001\n    action: jump\n", 4, "steps[0].action must be plug-in, authorize, unplug, offline or online (found 'jump')")]
    [InlineData("steps:\n  - station: CP0001\n    action: unplug\n", 2, "steps[0].at is missing")]
    [InlineData("steps:\n  - at: 1m\n    station: CP0001\n    action: plug-in\n    vehicle: { socStart: 90, socTarget: 50 }\n", 5, "socTarget must not be below socStart")]
    public void BadScenario_NamesTheFieldAndTheLine(string yaml, int line, string expected)
    {
        var error = Assert.Throws<SimulatorFileException>(() => ScenarioFileReader.Read("s.yaml", yaml));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"s.yaml line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_ForAStationOutsideTheFleet_IsRefusedWithItsLine()
    {
        var steps = ScenarioFileReader.Read("s.yaml", "steps:\n  - at: 1m\n    station: CP0009\n    action: unplug\n");
        var plans = FleetPlanner.Plan(FleetPlanner.FromCount(2, "CP", TimeSpan.FromMinutes(1)), OcppVersion.V16, new Random(1));

        var error = Assert.Throws<SimulatorFileException>(() => ScenarioCheck.Validate("s.yaml", steps, plans, new Uri("ws://localhost:9000/ocpp")));

        Assert.Equal("s.yaml line 2: station 'CP0009' is not in the fleet (first ids: CP0001, CP0002).", error.Message);
    }
}
