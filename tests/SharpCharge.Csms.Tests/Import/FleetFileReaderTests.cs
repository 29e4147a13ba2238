using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Import;

namespace SharpCharge.Csms.Tests.Import;

/// <summary>Reading and checking JSON and CSV fleet files: what they hold, and errors that name the line and the field.</summary>
public sealed class FleetFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sharpcharge-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Read_JsonFleet_ReturnsStationsChargersAndTokens()
    {
        var fleet = await ReadAsync("fleet.json", ImportSamples.Json);

        var station = Assert.Single(fleet.Stations).Station;
        Assert.Equal("JEJU-CITY", station.Id);
        Assert.Equal(33.499621, station.Latitude);
        Assert.Equal(1200, station.CapacityKw);
        Assert.Equal(347.2m, station.Tariff!.PricePerKwh);
        Assert.Equal("KRW", station.Tariff.Currency);
        Assert.Equal(["JJC-01", "JJC-02"], fleet.Chargers.Select(c => c.Id));
        Assert.Equal("2.0.1", fleet.Chargers[0].OcppVersion);
        Assert.Equal(100m, fleet.Chargers[0].MaxPowerKw);
        Assert.True(fleet.Chargers[0].Dc);
        Assert.Equal("1.6", fleet.Chargers[1].OcppVersion);
        Assert.Equal(IdTokenStatus.Blocked, fleet.Tokens[1].Token.Status);
        Assert.Equal("JEJU-TAXI", fleet.Tokens[0].Token.GroupId);
    }

    [Fact]
    public async Task Read_CsvFleet_ReturnsWhatTheSameJsonFleetHolds()
    {
        var json = await ReadAsync("fleet.json", ImportSamples.Json);
        var csv = await ReadAsync("fleet.csv", ImportSamples.Csv);

        Assert.Equal(json.Stations.Select(s => s.Station), csv.Stations.Select(s => s.Station));
        Assert.Equal(json.Chargers.Select(c => c with { Line = 0 }), csv.Chargers.Select(c => c with { Line = 0 }));
        Assert.Equal(json.Tokens.Select(t => t.Token), csv.Tokens.Select(t => t.Token));
    }

    [Fact]
    public async Task Read_CsvWithQuotedCommaAndLineBreak_KeepsThemInTheField()
    {
        var fleet = await ReadAsync("quoted.csv", "record,id,name,address\nstation,S1,\"Shop, \"\"Big\"\"\",\"line one\nline two\"\nstation,S2,Second,\n");

        Assert.Equal("Shop, \"Big\"", fleet.Stations[0].Station.Name);
        Assert.Equal("line one\nline two", fleet.Stations[0].Station.Address);
        Assert.Equal(4, fleet.Stations[1].Line);
    }

    [Fact]
    public async Task Read_JsonLatitudeOutOfRange_NamesLineAndField()
    {
        var problem = await ProblemAsync("bad.json", ImportSamples.Json.Replace("\"latitude\": 33.499621", "\"latitude\": 123", StringComparison.Ordinal));

        Assert.Equal("bad.json line 4: stations[0].latitude must be between -90 and 90 (found 123).", problem);
    }

    [Fact]
    public async Task Read_CsvLatitudeOutOfRange_NamesLineAndColumn()
    {
        var problem = await ProblemAsync("bad.csv", ImportSamples.Csv.Replace("33.499621", "-91", StringComparison.Ordinal));

        Assert.Equal("bad.csv line 3: latitude must be between -90 and 90 (found -91).", problem);
    }

    [Fact]
    public async Task Read_JsonTariffPriceNotANumber_NamesTheNestedField()
    {
        var problem = await ProblemAsync("bad.json", ImportSamples.Json.Replace("\"pricePerKwh\": 347.2", "\"pricePerKwh\": \"cheap\"", StringComparison.Ordinal));

        Assert.Equal("bad.json line 5: stations[0].tariff.pricePerKwh must be a number of 0 or more (found 'cheap').", problem);
    }

    [Fact]
    public async Task Read_UnknownField_IsRefusedWithTheKnownNames()
    {
        var problem = await ProblemAsync("bad.json", ImportSamples.Json.Replace("\"maxPowerKw\": 100, \"dc\": true, \"vendor\": \"Hallasan Power\", \"model\": \"HP-DC100\", \"latitude\"", "\"maxPowerKW\": 100, \"dc\": true, \"vendor\": \"Hallasan Power\", \"model\": \"HP-DC100\", \"latitude\"", StringComparison.Ordinal));

        Assert.StartsWith("bad.json line 8: chargers[0].maxPowerKW is not a charger field (known: id, stationId,", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_DuplicateChargerIdInAnyCase_NamesBothLines()
    {
        var problem = await ProblemAsync("bad.json", ImportSamples.Json.Replace("\"id\": \"JJC-02\"", "\"id\": \"jjc-01\"", StringComparison.Ordinal));

        Assert.Equal("bad.json line 9: chargers[1].id 'jjc-01' is already given on line 8.", problem);
    }

    [Fact]
    public async Task Read_WrongVersionAndMissingId_ReportsEveryProblem()
    {
        var text = "record,id,ocppVersion,maxPowerKw\ncharger,CP-1,1.5,50\ncharger,,2.0.1,abc\n";

        var e = await Assert.ThrowsAsync<FleetFileException>(() => ReadRawAsync("bad.csv", text));

        Assert.Equal(
            [
                "bad.csv line 2: ocppVersion must be 1.6, 2.0.1 or 2.1 (found '1.5').",
                "bad.csv line 3: id is required.",
                "bad.csv line 3: maxPowerKw must be a number (found 'abc').",
            ],
            e.Problems);
    }

    [Fact]
    public async Task Read_BrokenJson_NamesTheLine()
    {
        var problem = await ProblemAsync("bad.json", "{\n  \"stations\": [\n    {\"id\": \"A\" \"name\": \"B\"}\n  ]\n}\n");

        Assert.StartsWith("bad.json line 3: not valid JSON", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_CsvWithoutRecordColumn_SaysWhichColumnIsMissing()
    {
        var problem = await ProblemAsync("bad.csv", "id,name\nS1,Shop\n");

        Assert.Equal("bad.csv line 1: the header needs a column 'record' (station, charger or token per row).", problem);
    }

    [Fact]
    public async Task Read_OtherExtension_SaysWhichFormatsWork()
    {
        var problem = await ProblemAsync("fleet.yaml", "stations: []");

        Assert.Equal("fleet.yaml: the file name must end in .json or .csv (found '.yaml').", problem);
    }

    private async Task<FleetFile> ReadAsync(string name, string text) => await ReadRawAsync(name, text);

    private async Task<FleetFile> ReadRawAsync(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, text);
        return await FleetFileReader.ReadAsync(path, CancellationToken.None);
    }

    private async Task<string> ProblemAsync(string name, string text)
    {
        var e = await Assert.ThrowsAsync<FleetFileException>(() => ReadRawAsync(name, text));
        return Assert.Single(e.Problems);
    }
}
