using System.Net;
using System.Text.Json;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.Api;

public abstract partial class ApiEndToEndTests
{
    [Fact]
    public async Task Transactions_FromBothVersions_FilterByChargerStationTokenTimeAndActivity()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/stations", """{"station_id":"WEST","name":"West","tariff":{"price_per_kwh":0.5,"currency":"EUR"}}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-16","station_id":"WEST"}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-201"}""");
        var day = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        await using var v16 = await BootedAsync(running.Server, "CP-16", OcppVersion.V16);
        await using var v201 = await BootedAsync(running.Server, "CP-201", OcppVersion.V201);
        var first = await ChargeAsync(v16, OcppVersion.V16, "TAG-A", day, energyWh: 10_000, powerW: 11_000);
        await ChargeAsync(v201, OcppVersion.V201, "TAG-B", day.AddDays(1), energyWh: 5_000, powerW: 7_000);
        await ChargeAsync(v16, OcppVersion.V16, "TAG-B", day.AddDays(2), energyWh: 1_000, powerW: 3_000, keepRunning: true);

        static long[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("transaction_id").GetInt64())];
        var all = await running.Api.GetOkAsync("api/transactions");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(2, (await running.Api.GetOkAsync("api/transactions?charger=CP-16")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await running.Api.GetOkAsync("api/transactions?station=WEST")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await running.Api.GetOkAsync("api/transactions?id_token=tag-b")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await running.Api.GetOkAsync("api/transactions?from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z")).GetProperty("total").GetInt32());
        var active = await running.Api.GetOkAsync("api/transactions?active=true");
        Assert.Equal(1, active.GetProperty("total").GetInt32());
        Assert.True(active.GetProperty("items")[0].GetProperty("active").GetBoolean());
        Assert.Equal("running", active.GetProperty("items")[0].GetProperty("state").GetString());
        Assert.Equal(2, (await running.Api.GetOkAsync("api/transactions?active=false")).GetProperty("total").GetInt32());
        var paged = await running.Api.GetOkAsync("api/transactions?page=3&page_size=1");
        Assert.Equal([long.Parse(first, System.Globalization.CultureInfo.InvariantCulture)], Ids(paged));

        var ended = all.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("transaction_id").GetInt64() == long.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10m, ended.GetProperty("energy_kwh").GetDecimal());
        Assert.Equal(5m, ended.GetProperty("cost").GetDecimal());
        Assert.Equal("EUR", ended.GetProperty("currency").GetString());
        Assert.Equal("TAG-A", ended.GetProperty("id_token").GetString());
        Assert.Equal(["to"], (await running.Api.GetAsync("api/transactions?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z")).ErrorFields);
        Assert.Equal(["active"], (await running.Api.GetAsync("api/transactions?active=perhaps")).ErrorFields);
    }

    [Fact]
    public async Task Transaction_Get_HasItsMeterValues_AndUnknownIs404()
    {
        await using var running = await RunAsync();
        await using var charger = await BootedAsync(running.Server, "CP-MV", OcppVersion.V201);
        var started = DateTimeOffset.UtcNow.AddHours(-2);
        await ChargeAsync(charger, OcppVersion.V201, "TAG-MV", started, energyWh: 8_000, powerW: 22_000);
        var id = (await running.Api.GetOkAsync("api/transactions")).GetProperty("items")[0].GetProperty("transaction_id").GetInt64();

        var transaction = await running.Api.GetOkAsync($"api/transactions/{id}");

        Assert.Equal("ended", transaction.GetProperty("state").GetString());
        Assert.Equal("EVDisconnected", transaction.GetProperty("stop_reason").GetString());
        var samples = transaction.GetProperty("meter_values").EnumerateArray().ToList();
        Assert.Contains(samples, s => s.GetProperty("measurand").GetString() == "Power.Active.Import" && s.GetProperty("value").GetDecimal() == 22000m && s.GetProperty("unit").GetString() == "W");
        Assert.Contains(samples, s => s.GetProperty("context").GetString() == "Transaction.End" && s.GetProperty("value").GetDecimal() == 9000m);
        Assert.False((await running.Api.GetOkAsync("api/transactions")).GetProperty("items")[0].TryGetProperty("meter_values", out _));
        var missing = await running.Api.GetAsync("api/transactions/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("application/problem+json", missing.MediaType);
    }

    [Fact]
    public async Task Transactions_Csv_ExportsTheFilteredSessionsWithQuoting()
    {
        await using var running = await RunAsync();
        await using var charger = await BootedAsync(running.Server, "CP-CSV", OcppVersion.V16);
        await ChargeAsync(charger, OcppVersion.V16, "=cmd,x", DateTimeOffset.UtcNow.AddHours(-3), energyWh: 1_500, powerW: 3_600);
        await ChargeAsync(charger, OcppVersion.V16, "TAG-2", DateTimeOffset.UtcNow.AddHours(-1), energyWh: 2_500, powerW: 3_600);

        var csv = await running.Api.GetAsync("api/transactions.csv");
        var filtered = await running.Api.GetAsync("api/transactions?format=csv&id_token=TAG-2");

        Assert.Equal(HttpStatusCode.OK, csv.Status);
        Assert.Equal("text/csv", csv.MediaType);
        var lines = csv.Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("transaction_id,charger_id,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",\"'=cmd,x\",", lines[2], StringComparison.Ordinal);
        Assert.Contains(",ended,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",2.5,", lines[1], StringComparison.Ordinal);
        var filteredLines = filtered.Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, filteredLines.Length);
        Assert.Contains("TAG-2", filteredLines[1], StringComparison.Ordinal);
        Assert.Equal(["format"], (await running.Api.GetAsync("api/transactions?format=xml")).ErrorFields);
    }
}
