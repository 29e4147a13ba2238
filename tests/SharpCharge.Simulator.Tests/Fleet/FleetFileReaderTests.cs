using SharpCharge.Ocpp;
using SharpCharge.Simulator.Fleet;

namespace SharpCharge.Simulator.Tests.Fleet;

public sealed class FleetFileReaderTests
{
    [Fact]
    public void SampleFleet_ReadsEveryField()
    {
        var fleet = FleetFileReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Samples", "fleet.yaml"));

        Assert.Equal(8, fleet.StationCount);
        var ac = fleet.Templates[0];
        Assert.Equal(("ACME", "AC22-Duo", 6, 2, 22m, OcppVersion.V201), (ac.Vendor, ac.Model, ac.Count, ac.Evses, ac.MaxPowerKw, ac.Version));
        Assert.Equal(TimeSpan.FromSeconds(60), ac.MeterInterval);
        Assert.Equal(new StationLocation("BERLIN-MITTE", 52.52, 13.405, 800), ac.Location);
        Assert.True(fleet.Templates[1].Dc);
        Assert.Equal(4, fleet.Tokens.Count);
    }

    [Fact]
    public void JsonFleet_ReadsLikeYaml()
    {
        const string json = """
            {
              "templates": [ { "idPattern": "J-{0:000}", "count": 3, "evses": 2, "maxPowerKw": 11, "version": "2.1" } ],
              "tokens": [ "A", "B" ]
            }
            """;

        var fleet = FleetFileReader.Read("fleet.json", json);
        var plans = FleetPlanner.Plan(fleet, OcppVersion.V16, new Random(1));

        Assert.Equal(["J-001", "J-002", "J-003"], plans.Select(p => p.Id));
        Assert.All(plans, p => Assert.Equal(OcppVersion.V21, p.Version));
        Assert.Equal(["A", "B"], fleet.Tokens);
    }

    [Theory]
    [InlineData("templates:\n  - idPattern: \"A-{0}\"\n    count: -3\n", 3, "templates[0].count must be a whole number from 1 to 100000 (found '-3')")]
    [InlineData("templates:\n  - idPattern: \"A-{0}\"\n    modle: X\n", 3, "templates[0].modle is not a known field")]
    [InlineData("templates:\n  - count: 2\n", 2, "templates[0].idPattern is missing")]
    [InlineData("templates:\n  - idPattern: \"A-{0}\"\n    version: \"1.5\"\n", 3, "templates[0].version must be 1.6, 2.0.1 or 2.1 (found '1.5')")]
    [InlineData("templates:\n  - idPattern: \"A\"\n", 2, "templates[0].idPattern must contain {0}")]
    [InlineData("templates:\n  - idPattern: \"A-{0}\"\n    meterInterval: soon\n", 3, "templates[0].meterInterval must be a duration")]
    [InlineData("templates:\n  - idPattern: \"A-{0}\"\n    location: { lat: 95, lon: 1 }\n", 3, "templates[0].location.lat must be a number from -90 to 90 (found '95')")]
    [InlineData("templates:\n  - idPattern: \"A-{0}\"\n  - idPattern: \"A-{0}\"\n", 3, "templates[1].idPattern gives the id 'A-1' that templates[0] already uses")]
    [InlineData("templates:\n  - idPattern: \"A-{0}\"\n    version: \"1.6\"\n    connectorsPerEvse: 2\n", 4, "connectorsPerEvse must be 1 for OCPP 1.6")]
    [InlineData("templates: []\n", 1, "templates is empty")]
    [InlineData("templates:\n  - idPattern: \"A-{0}\"\ntokens:\n  - \"this-token-is-far-too-long-for-1.6\"\n", 4, "tokens[0] must be a token of 1 to 20 characters")]
    [InlineData("templates:\n  - idPattern: [\n", 3, "not valid YAML or JSON")]
    public void BadFleet_NamesTheFieldAndTheLine(string yaml, int line, string expected)
    {
        var error = Assert.Throws<SimulatorFileException>(() => FleetFileReader.Read("fleet.yaml", yaml));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"fleet.yaml line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Planner_SpreadsStationsWithinTheJitter()
    {
        var fleet = FleetFileReader.Read("f.yaml", "templates:\n  - idPattern: \"S-{0}\"\n    count: 200\n    location: { lat: 52.5, lon: 13.4, jitterMeters: 1000 }\n");

        var plans = FleetPlanner.Plan(fleet, OcppVersion.V16, new Random(7));

        Assert.All(plans, p =>
        {
            var north = (p.Latitude!.Value - 52.5) * 111_320;
            var east = (p.Longitude!.Value - 13.4) * 111_320 * Math.Cos(52.5 * Math.PI / 180);
            Assert.True(Math.Sqrt((north * north) + (east * east)) <= 1001, $"{p.Id} is too far away");
        });
        Assert.True(plans.Select(p => p.Latitude).Distinct().Count() > 150, "the stations are spread out");
    }
}
