using System.Net;

namespace SharpCharge.EndToEnd.Tests.Api;

public abstract partial class ApiEndToEndTests
{
    [Fact]
    public async Task Stations_CreateGetPatchList()
    {
        await using var running = await RunAsync();

        var created = await running.Api.PostAsync(
            "api/stations",
            """{"station_id":"HQ","name":"Head office","address":"Main St 1","latitude":52.52,"longitude":13.405,"capacity_kw":150,"tariff":{"price_per_kwh":0.39,"currency":"EUR"}}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-HQ","station_id":"HQ"}""");
        var patched = await running.Api.PatchAsync("api/stations/HQ", """{"name":"HQ","capacity_kw":200,"tariff":{"price_per_kwh":0.45,"currency":"EUR","session_fee":1}}""");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(52.52, created.Json.GetProperty("latitude").GetDouble());
        Assert.Equal(0.39m, created.Json.GetProperty("tariff").GetProperty("price_per_kwh").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        var station = await running.Api.GetOkAsync("api/stations/HQ");
        Assert.Equal("HQ", station.GetProperty("name").GetString());
        Assert.Equal("Main St 1", station.GetProperty("address").GetString());
        Assert.Equal(200, station.GetProperty("capacity_kw").GetDouble());
        Assert.Equal(0.45m, station.GetProperty("tariff").GetProperty("price_per_kwh").GetDecimal());
        Assert.Equal(1m, station.GetProperty("tariff").GetProperty("session_fee").GetDecimal());
        Assert.Equal(["CP-HQ"], station.GetProperty("charger_ids").EnumerateArray().Select(c => c.GetString()));
        var list = await running.Api.GetOkAsync("api/stations");
        Assert.Equal("HQ", Assert.Single(list.EnumerateArray()).GetProperty("station_id").GetString());
        var untariffed = await running.Api.PatchAsync("api/stations/HQ", """{"remove_tariff":true}""");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, untariffed.Json.GetProperty("tariff").ValueKind);
    }

    [Fact]
    public async Task Stations_Invalid_Answers400NamingTheField()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/stations", """{"station_id":"S","name":"S"}""");

        Assert.Equal(["station_id"], (await running.Api.PostAsync("api/stations", """{"name":"x"}""")).ErrorFields);
        Assert.Equal(["name"], (await running.Api.PostAsync("api/stations", """{"station_id":"S2"}""")).ErrorFields);
        Assert.Equal(["latitude"], (await running.Api.PostAsync("api/stations", """{"station_id":"S2","name":"x","latitude":91}""")).ErrorFields);
        Assert.Equal(["longitude"], (await running.Api.PatchAsync("api/stations/S", """{"longitude":-181}""")).ErrorFields);
        Assert.Equal(["capacity_kw"], (await running.Api.PatchAsync("api/stations/S", """{"capacity_kw":-1}""")).ErrorFields);
        Assert.Equal(["tariff.currency"], (await running.Api.PatchAsync("api/stations/S", """{"tariff":{"price_per_kwh":0.3,"currency":"euro"}}""")).ErrorFields);
        Assert.Equal(["tariff.price_per_kwh"], (await running.Api.PatchAsync("api/stations/S", """{"tariff":{"currency":"EUR"}}""")).ErrorFields);
        Assert.Equal(HttpStatusCode.Conflict, (await running.Api.PostAsync("api/stations", """{"station_id":"S","name":"again"}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await running.Api.GetAsync("api/stations/NOPE")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await running.Api.PatchAsync("api/stations/NOPE", "{}")).Status);
    }
}
