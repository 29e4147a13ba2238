using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SharpCharge.Csms.Demo;
using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.EndToEnd.Tests;

/// <summary>
/// The one-command demo (<c>--demo</c>): the central system seeds the Jeju fleet and plays its chargers in process.
/// Checked from the outside, through the REST API, as an operator would watch it. Time runs 60x so that sessions,
/// meter values and prices show up within seconds.
/// </summary>
public sealed class DemoEndToEndTests
{
    private const int SeededChargers = 34;

    [Fact]
    public async Task Demo_Started_AllSeededChargersComeOnlineAndChargeForMoney()
    {
        var app = DemoApp.Build(new Dictionary<string, string?>
        {
            ["Demo:Speed"] = "60",
            ["Demo:Utilisation"] = "0.9",
            ["Demo:RandomSeed"] = "7",
        });
        var setup = app.Services.GetRequiredService<DemoSetup>();
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = DemoApp.ApiUri(app) };

            var chargers = await GetAsync(http, "api/chargers?limit=100");
            Assert.Equal(SeededChargers, chargers.GetProperty("total").GetInt32());
            await Eventually.TrueAsync(async () => (await GetAsync(http, "api/statistics/dashboard")).GetProperty("active_chargers").GetInt32() == SeededChargers, seconds: 30);

            // Vehicles arrive, authorize with seeded tokens and charge: a session runs, priced by its site's tariff.
            await Eventually.TrueAsync(async () => (await GetAsync(http, "api/statistics/dashboard")).GetProperty("charging_now").GetInt32() > 0, seconds: 30);
            var running = (await GetAsync(http, "api/transactions?active=true&limit=1")).GetProperty("items")[0];
            var id = running.GetProperty("transaction_id").GetInt64();
            Assert.Equal(JsonValueKind.String, running.GetProperty("id_token").ValueKind);

            var energy = await EnergyTotalAsync(http);
            var cost = await CostAsync(http, id);
            await Eventually.TrueAsync(async () => await EnergyTotalAsync(http) > energy && await CostAsync(http, id) > cost, seconds: 30);

            var transaction = await GetAsync(http, $"api/transactions/{id}");
            Assert.Equal("KRW", transaction.GetProperty("currency").GetString());
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        // The throw-away database goes with the demo.
        Assert.False(Directory.Exists(Path.GetDirectoryName(setup.DatabasePath)));
    }

    [Fact]
    public void Demo_AdminPassword_IsRandomAndNotTheSameTwice()
    {
        var first = DemoSetup.NewPassword();
        var second = DemoSetup.NewPassword();

        Assert.Equal(16, first.Length);
        Assert.NotEqual(first, second);
    }

    private static async Task<decimal> EnergyTotalAsync(HttpClient http)
        => (await GetAsync(http, "api/statistics/dashboard")).GetProperty("energy_total_kwh").GetDecimal();

    private static async Task<decimal> CostAsync(HttpClient http, long id)
        => (await GetAsync(http, $"api/transactions/{id}")).GetProperty("cost") is { ValueKind: JsonValueKind.Number } cost ? cost.GetDecimal() : 0m;

    private static async Task<JsonElement> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
