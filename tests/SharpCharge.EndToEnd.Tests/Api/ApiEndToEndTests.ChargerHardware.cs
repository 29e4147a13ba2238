using System.Net;

namespace SharpCharge.EndToEnd.Tests.Api;

public abstract partial class ApiEndToEndTests
{
    [Fact]
    public async Task Charger_CoordinatesAndMaxPower_AreStoredShownAndPlaceItOnTheMap()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/stations", """{"station_id":"JEJU","name":"Jeju","latitude":33.4996,"longitude":126.5312}""");

        var created = await running.Api.PostAsync("api/chargers", """{"id":"CP-OWN","station_id":"JEJU","latitude":33.4999,"longitude":126.5317,"max_power_kw":100}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-RING","station_id":"JEJU"}""");
        var patched = await running.Api.PatchAsync("api/chargers/CP-RING", """{"max_power_kw":50}""");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(33.4999, created.Json.GetProperty("latitude").GetDouble());
        Assert.Equal(126.5317, created.Json.GetProperty("longitude").GetDouble());
        Assert.Equal(100, created.Json.GetProperty("max_power_kw").GetDouble());
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal(50, patched.Json.GetProperty("max_power_kw").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, patched.Json.GetProperty("latitude").ValueKind);

        // On the map: the charger with coordinates at its own, the other at its station's.
        var map = await running.Api.GetOkAsync("api/geo/chargers");
        var points = map.GetProperty("features").EnumerateArray().ToDictionary(
            f => f.GetProperty("properties").GetProperty("charger_id").GetString()!,
            f => f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray());
        Assert.Equal([126.5317, 33.4999], points["CP-OWN"]);
        Assert.Equal([126.5312, 33.4996], points["CP-RING"]);
    }

    [Fact]
    public async Task Charger_InvalidCoordinatesOrMaxPower_Answers400NamingTheField()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/chargers", """{"id":"CP-HW"}""");

        Assert.Equal(["longitude"], (await running.Api.PostAsync("api/chargers", """{"id":"CP-1","latitude":33.5}""")).ErrorFields);
        Assert.Equal(["latitude"], (await running.Api.PatchAsync("api/chargers/CP-HW", """{"latitude":91,"longitude":0}""")).ErrorFields);
        Assert.Equal(["longitude"], (await running.Api.PatchAsync("api/chargers/CP-HW", """{"latitude":0,"longitude":-181}""")).ErrorFields);
        Assert.Equal(["max_power_kw"], (await running.Api.PatchAsync("api/chargers/CP-HW", """{"max_power_kw":0}""")).ErrorFields);
        var unchanged = await running.Api.GetOkAsync("api/chargers/CP-HW");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unchanged.GetProperty("max_power_kw").ValueKind);
    }
}
