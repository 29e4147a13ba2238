using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Import;
using SharpCharge.Csms.Tests.Import;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    private FleetImporter Importer => new(Stations, Chargers, Tokens);

    [Fact]
    public async Task Import_JsonFleet_StoresStationsChargersAndTokens()
    {
        var summary = await ImportAsync("fleet.json", ImportSamples.Json);

        Assert.Equal(new ImportSummary(new(1, 0, 0), new(2, 0, 0), new(3, 0, 0)), summary);
        var station = await Stations.GetAsync("JEJU-CITY", None);
        Assert.Equal("Jeju-si Centre", station!.Name);
        Assert.Equal(new Tariff(347.2m, "KRW") { SessionFee = 500m }, station.Tariff);
        Assert.Equal(1200, station.CapacityKw);
        var charger = await Chargers.FindAsync("JJC-01", None);
        Assert.Equal("JEJU-CITY", charger!.StationId);
        Assert.Equal(ChargerRegistrationStatus.Accepted, charger.RegistrationStatus);
        Assert.Equal("Hallasan Power", charger.Vendor);
        Assert.Equal((33.4998, 126.5313, 100d), (charger.Latitude, charger.Longitude, charger.MaxPowerKw));
        var second = await Chargers.FindAsync("JJC-02", None);
        Assert.Equal((null, null, 100d), (second!.Latitude, second.Longitude, second.MaxPowerKw));
        Assert.Equal(IdTokenStatus.Blocked, (await Tokens.GetAsync("04FFEEDDCCBBAA", None))!.Status);
        Assert.Equal("JEJU-TAXI", (await Tokens.GetAsync("04a1b2c3d4e5f6", None))!.GroupId);
    }

    [Fact]
    public async Task Import_CsvFleet_StoresWhatTheJsonFleetStores()
    {
        await ImportAsync("fleet.csv", ImportSamples.Csv);
        var fromCsv = await SnapshotAsync();
        await RestartOnFreshDatabaseAsync();

        await ImportAsync("fleet.json", ImportSamples.Json);

        Assert.Equal(fromCsv, await SnapshotAsync());
        Assert.Equal(3, fromCsv.Tokens.Count);
    }

    [Fact]
    public async Task Import_SameFileTwice_ChangesNothing()
    {
        await ImportAsync("fleet.json", ImportSamples.Json);
        var before = await SnapshotAsync();
        Clock.Advance(TimeSpan.FromHours(1));

        var again = await ImportAsync("fleet.json", ImportSamples.Json);

        Assert.False(again.ChangedAnything);
        Assert.Equal(new ImportSummary(new(0, 0, 1), new(0, 0, 2), new(0, 0, 3)), again);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Import_ChangedRecords_UpdatesOnlyThose()
    {
        await ImportAsync("fleet.json", ImportSamples.Json);

        var summary = await ImportAsync("fleet.json", ImportSamples.Json
            .Replace("347.2", "360", StringComparison.Ordinal)
            .Replace("\"status\": \"Blocked\"", "\"status\": \"Accepted\"", StringComparison.Ordinal));

        Assert.Equal(new ImportSummary(new(0, 1, 0), new(0, 0, 2), new(0, 1, 2)), summary);
        Assert.Equal(360m, (await Stations.GetAsync("JEJU-CITY", None))!.Tariff!.PricePerKwh);
        Assert.Equal(IdTokenStatus.Accepted, (await Tokens.GetAsync("04FFEEDDCCBBAA", None))!.Status);
    }

    [Fact]
    public async Task Import_ChargerWithSeveralEvses_StoresTheirPowerTogether_AndMovedCoordinatesUpdateIt()
    {
        await ImportAsync("fleet.csv", "record,id,maxPowerKw,evses,latitude,longitude\ncharger,HUB-1,150,4,33.5,126.5\n");
        Assert.Equal(600, (await Chargers.FindAsync("HUB-1", None))!.MaxPowerKw);

        var moved = await ImportAsync("fleet.csv", "record,id,latitude,longitude\ncharger,HUB-1,33.6,126.6\n");

        Assert.Equal(new ImportCounts(0, 1, 0), moved.Chargers);
        var charger = await Chargers.FindAsync("HUB-1", None);
        Assert.Equal((33.6, 126.6, 600d), (charger!.Latitude, charger.Longitude, charger.MaxPowerKw));
    }

    [Fact]
    public async Task Import_ChargerOfUnknownStation_NamesTheLineAndWritesNothing()
    {
        var e = await Assert.ThrowsAsync<FleetFileException>(() => ImportAsync("bad.csv", "record,id,stationId\ncharger,CP-1,NOWHERE\n"));

        Assert.Equal("bad.csv line 2: stationId 'NOWHERE' names no station in the file or in the central system.", Assert.Single(e.Problems));
        Assert.Null(await Chargers.FindAsync("CP-1", None));
    }

    [Fact]
    public async Task Import_ChargerOfStoredStation_IsAssignedToIt()
    {
        await Stations.SaveAsync(new Station("EXISTING", "Stored before"), None);

        await ImportAsync("chargers.csv", "record,id,stationId\ncharger,CP-1,EXISTING\n");

        Assert.Equal("EXISTING", (await Chargers.FindAsync("CP-1", None))!.StationId);
    }

    [Fact]
    public async Task Import_DemoSeedFile_HoldsTheJejuFleet()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Demo", "jeju-fleet.json");
        var fleet = await FleetFileReader.ReadAsync(path, None);

        var summary = await Importer.ImportAsync("jeju-fleet.json", fleet, null, None);

        Assert.Equal(new ImportCounts(3, 0, 0), summary.Stations);
        Assert.Equal(new ImportCounts(34, 0, 0), summary.Chargers);
        Assert.InRange(summary.Tokens.Created, 200, 1000);
        var stations = await Stations.ListAsync(None);
        Assert.Equal(2900, stations.Sum(s => s.CapacityKw));
        Assert.All(stations, s => Assert.Equal("KRW", s.Tariff?.Currency));
        Assert.All(stations, s => Assert.InRange(s.Latitude!.Value, 33.1, 33.6));
        Assert.Equal(
            [(50m, 10), (100m, 24)],
            fleet.Chargers.GroupBy(c => c.MaxPowerKw).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal(["1.6", "2.0.1"], fleet.Chargers.Select(c => c.OcppVersion).Distinct().Order());
        foreach (var charger in fleet.Chargers)
        {
            // Each charger stands within 100 m of its site.
            var site = stations.Single(s => s.Id == charger.StationId);
            Assert.InRange(Math.Abs(charger.Latitude!.Value - site.Latitude!.Value) * 111_320, 0, 100);
            var stored = await Chargers.FindAsync(charger.Id, None);
            Assert.Equal((charger.Latitude, charger.Longitude, (double)charger.MaxPowerKw), (stored!.Latitude, stored.Longitude, stored.MaxPowerKw));
        }
    }

    private async Task<ImportSummary> ImportAsync(string name, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sharpcharge-import-{Guid.NewGuid():N}-{name}");
        await File.WriteAllTextAsync(path, text);
        try
        {
            var fleet = await FleetFileReader.ReadAsync(path, None);
            return await Importer.ImportAsync(name, fleet, null, None);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<(IReadOnlyList<Station> Stations, IReadOnlyList<Charger> Chargers, IReadOnlyList<IdTokenRecord> Tokens)> SnapshotAsync()
    {
        var stations = (await Stations.ListAsync(None)).OrderBy(s => s.Id).ToList();
        var chargers = (await Chargers.ListAsync(null, None)).OrderBy(c => c.Id).Select(c => c with { CreatedAt = default }).ToList();
        var tokens = (await Tokens.ListAsync(None)).OrderBy(t => t.Value).ToList();
        return (new SequenceList<Station>(stations), new SequenceList<Charger>(chargers), new SequenceList<IdTokenRecord>(tokens));
    }

    private async Task RestartOnFreshDatabaseAsync()
    {
        await Host.DisposeAsync();
        await Backend.DisposeAsync();
        await InitializeAsync();
    }

    /// <summary>A list that compares by its items, so snapshots compare with Assert.Equal.</summary>
    private sealed class SequenceList<T>(List<T> items) : List<T>(items), IEquatable<SequenceList<T>>
    {
        public bool Equals(SequenceList<T>? other) => other is not null && this.SequenceEqual(other);

        public override bool Equals(object? obj) => Equals(obj as SequenceList<T>);

        public override int GetHashCode() => Count;
    }
}
