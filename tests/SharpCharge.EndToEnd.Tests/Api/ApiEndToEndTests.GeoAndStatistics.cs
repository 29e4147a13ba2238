using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.Api;

public abstract partial class ApiEndToEndTests
{
    [Fact]
    public async Task GeoChargers_IsAFeatureCollectionWithAPointPerLocatedCharger()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/stations", """{"station_id":"BER","name":"Berlin","latitude":52.52,"longitude":13.405}""");
        await running.Api.PostAsync("api/stations", """{"station_id":"NOWHERE","name":"No coordinates"}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-MAP","station_id":"BER"}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-HIDDEN","station_id":"NOWHERE"}""");
        await using var charger = await BootedAsync(running.Server, "CP-MAP", OcppVersion.V16);
        await charger.CallAsync("StatusNotification", Payloads.Status(OcppVersion.V16, "Charging", "Occupied"));
        await ChargeAsync(charger, OcppVersion.V16, "TAG-MAP", DateTimeOffset.UtcNow.AddMinutes(-20), energyWh: 3_000, powerW: 11_000, keepRunning: true);

        var map = await running.Api.GetOkAsync("api/geo/chargers");

        Assert.Equal("FeatureCollection", map.GetProperty("type").GetString());
        var feature = Assert.Single(map.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([13.405, 52.52], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var properties = feature.GetProperty("properties");
        Assert.Equal("CP-MAP", properties.GetProperty("charger_id").GetString());
        Assert.Equal("BER", properties.GetProperty("station_id").GetString());
        Assert.Equal("charging", properties.GetProperty("status").GetString());
        Assert.Equal(11m, properties.GetProperty("power_kw").GetDecimal());
    }

    [Fact]
    public async Task GeoHeatmap_WeighsStationsByDeliveredEnergy()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/stations", """{"station_id":"BIG","name":"Big","latitude":48.1,"longitude":11.5}""");
        await running.Api.PostAsync("api/stations", """{"station_id":"SMALL","name":"Small","latitude":50.1,"longitude":8.7}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-BIG","station_id":"BIG"}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-SMALL","station_id":"SMALL"}""");
        await using (var big = await BootedAsync(running.Server, "CP-BIG", OcppVersion.V201))
        {
            await ChargeAsync(big, OcppVersion.V201, "T1", DateTimeOffset.UtcNow.AddHours(-5), energyWh: 40_000, powerW: 50_000);
        }

        await using (var small = await BootedAsync(running.Server, "CP-SMALL", OcppVersion.V16))
        {
            await ChargeAsync(small, OcppVersion.V16, "T2", DateTimeOffset.UtcNow.AddHours(-4), energyWh: 10_000, powerW: 11_000);
        }

        var heatmap = await running.Api.GetOkAsync("api/geo/heatmap");

        var points = heatmap.GetProperty("features").EnumerateArray().ToDictionary(
            f => f.GetProperty("properties").GetProperty("station_id").GetString()!, f => f.GetProperty("properties"));
        Assert.Equal(40m, points["BIG"].GetProperty("energy_kwh").GetDecimal());
        Assert.Equal(1.0, points["BIG"].GetProperty("weight").GetDouble());
        Assert.Equal(10m, points["SMALL"].GetProperty("energy_kwh").GetDecimal());
        Assert.Equal(0.25, points["SMALL"].GetProperty("weight").GetDouble());
    }

    [Fact]
    public async Task Dashboard_SumsTheFleetNow_AndTheLast24Hours()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/stations", """{"station_id":"DASH","name":"Dash","tariff":{"price_per_kwh":0.4,"currency":"EUR"}}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-D1","station_id":"DASH"}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-D2","station_id":"DASH"}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-D3"}""");

        // Both sessions lie within one whole past hour (the current one when 25 minutes of it have passed, else the one
        // before), so they are wholly inside or wholly outside today and fall into exactly one hour of the last 24.
        var now = DateTimeOffset.UtcNow;
        var thisHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var hour = now.Minute >= 25 ? thisHour : thisHour.AddHours(-1);
        var today = hour >= new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero);
        await using var d1 = await BootedAsync(running.Server, "CP-D1", OcppVersion.V16);
        await d1.CallAsync("StatusNotification", Payloads.Status(OcppVersion.V16, "Available", "Available"));
        await ChargeAsync(d1, OcppVersion.V16, "T-END", hour, energyWh: 10_000, powerW: 30_000);
        await using var d2 = await BootedAsync(running.Server, "CP-D2", OcppVersion.V201);
        await d2.CallAsync("StatusNotification", Payloads.Status(OcppVersion.V201, "Charging", "Occupied"));
        await ChargeAsync(d2, OcppVersion.V201, "T-RUN", hour, energyWh: 4_000, powerW: 7_400, keepRunning: true);

        var dashboard = await running.Api.GetOkAsync("api/statistics/dashboard");

        // 10 kWh ended, plus 2 kWh so far of the running session (its newest reading is half way).
        Assert.Equal(3, dashboard.GetProperty("chargers_total").GetInt32());
        Assert.Equal(2, dashboard.GetProperty("active_chargers").GetInt32());
        Assert.Equal(1, dashboard.GetProperty("charging_now").GetInt32());
        Assert.Equal(7.4m, dashboard.GetProperty("power_now_kw").GetDecimal());
        Assert.Equal(12m, dashboard.GetProperty("energy_total_kwh").GetDecimal());
        Assert.Equal(today ? 12m : 0m, dashboard.GetProperty("energy_today_kwh").GetDecimal());
        if (today)
        {
            var revenue = Assert.Single(dashboard.GetProperty("revenue_today").EnumerateArray());
            Assert.Equal("EUR", revenue.GetProperty("currency").GetString());
            Assert.Equal(4m, revenue.GetProperty("amount").GetDecimal());
        }

        Assert.Equal(50m, dashboard.GetProperty("utilization_percent").GetDecimal());
        var hours = dashboard.GetProperty("power_by_hour").EnumerateArray().ToList();
        Assert.Equal(24, hours.Count);
        Assert.Equal(thisHour, hours[^1].GetProperty("hour").GetDateTimeOffset());
        Assert.Equal(12m, hours.Single(h => h.GetProperty("hour").GetDateTimeOffset() == hour).GetProperty("energy_kwh").GetDecimal());
        Assert.Equal(12m, hours.Sum(h => h.GetProperty("average_power_kw").GetDecimal()));
    }

    [Fact]
    public async Task DailyStatistics_PerChargerPerDay_WithRevenue()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/stations", """{"station_id":"DAY","name":"Day","tariff":{"price_per_kwh":0.3,"currency":"EUR"}}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-DAY","station_id":"DAY"}""");
        var day = new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero);
        await using var charger = await BootedAsync(running.Server, "CP-DAY", OcppVersion.V16);
        await ChargeAsync(charger, OcppVersion.V16, "T1", day, energyWh: 10_000, powerW: 11_000);
        await ChargeAsync(charger, OcppVersion.V16, "T2", day.AddHours(2), energyWh: 5_000, powerW: 11_000);
        await ChargeAsync(charger, OcppVersion.V16, "T3", day.AddDays(1), energyWh: 2_000, powerW: 11_000);

        var stats = await running.Api.GetOkAsync("api/statistics/daily?from=2026-02-10&to=2026-02-11&charger=CP-DAY");

        var rows = stats.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("2026-02-10", rows[0].GetProperty("day").GetString());
        Assert.Equal(2, rows[0].GetProperty("sessions").GetInt32());
        Assert.Equal(15m, rows[0].GetProperty("energy_kwh").GetDecimal());
        Assert.Equal(4.5m, rows[0].GetProperty("revenue").GetDecimal());
        Assert.Equal("EUR", rows[0].GetProperty("currency").GetString());
        Assert.Equal(1, rows[1].GetProperty("sessions").GetInt32());
        Assert.Empty((await running.Api.GetOkAsync("api/statistics/daily?from=2026-02-12&to=2026-02-12")).EnumerateArray());
        Assert.Equal(["from"], (await running.Api.GetAsync("api/statistics/daily?from=10.02.2026")).ErrorFields);
        Assert.Equal(["to"], (await running.Api.GetAsync("api/statistics/daily?from=2026-02-11&to=2026-02-10")).ErrorFields);
    }
}
