using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Dashboard.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Simulator.Run;
using SharpCharge.Station.Model;
using Xunit.Abstractions;

namespace SharpCharge.Dashboard.Tests;

/// <summary>
/// The dashboard in a real browser against the central system running the demo (<c>--demo</c>): the Jeju fleet of 34
/// simulated chargers with vehicles coming and going. What an operator sees, and what the buttons do at the simulated
/// charger. Each test works on chargers it has claimed, idle when claimed.
/// </summary>
public sealed class DashboardBrowserTests : IClassFixture<DashboardFixture>
{
    private readonly DashboardFixture _fixture;
    private readonly ITestOutputHelper _output;

    public DashboardBrowserTests(DashboardFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task Dashboard_WithoutSignIn_RedirectsToLogin()
    {
        var context = await _fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _fixture.BaseUri.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("chargers");

        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("form.login input[name=password]").CountAsync());
        var api = await page.APIRequest.GetAsync("health");
        Assert.Equal(200, api.Status);
        await context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_StaysOnLoginWithAMessage()
    {
        var context = await _fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _fixture.BaseUri.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("login");
        await page.FillAsync("input[name=user]", DashboardFixture.AdminName);
        await page.FillAsync("input[name=password]", "not-the-password");
        await page.ClickAsync("form.login button[type=submit]");

        await page.WaitForSelectorAsync("form.login .error");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Overview_OfTheDemoFleet_ShowsItsCountsAndOneMarkerPerChargerAtItsOwnCoordinates()
    {
        var page = await _fixture.SignInAsync(DashboardFixture.AdminName, DashboardFixture.AdminPassword);

        Assert.Equal($"{DashboardFixture.SeededChargers} / {DashboardFixture.SeededChargers}", await KpiTextAsync(page, "online"));
        var markers = await MarkersAsync(page);
        Assert.Equal(_fixture.Seed.Chargers.Select(c => c.Id).Order(StringComparer.Ordinal), markers.Keys.Order(StringComparer.Ordinal));
        foreach (var charger in _fixture.Seed.Chargers)
        {
            // The seed gives every charger its place in the car park; the map puts it there, not on a ring.
            var marker = markers[charger.Id];
            Assert.True(marker.Own, $"{charger.Id} is drawn at its station's point.");
            Assert.Equal(charger.Latitude!.Value, marker.Latitude, 6);
            Assert.Equal(charger.Longitude!.Value, marker.Longitude, 6);
        }

        Assert.Equal(1, await page.Locator("#hourly-chart .uplot").CountAsync());
        await page.WaitForSelectorAsync(".leaflet-marker-icon");

        await page.GotoAsync("stations");
        var rows = page.Locator("#stations-table tbody tr");
        Assert.Equal(_fixture.Seed.Stations.Count, await rows.CountAsync());
        foreach (var station in _fixture.Seed.Stations)
        {
            var cells = page.Locator($"#stations-table tr[data-station='{station.Station.Id}'] td");
            Assert.Equal(_fixture.Seed.Chargers.Count(c => c.StationId == station.Station.Id).ToString(CultureInfo.InvariantCulture), (await cells.Nth(3).TextContentAsync())?.Trim());
        }

        if (DashboardFixture.UpdatingScreenshots)
        {
            // For the documentation: a moment when the fleet is busy, so the picture shows sessions and power.
            await page.GotoAsync(string.Empty);
            await page.WaitForFunctionAsync(
                "() => window.sharpCharge.markers().filter(m => m.state === 'charging').length >= 5",
                null,
                new PageWaitForFunctionOptions { Timeout = 150_000, PollingInterval = 500 });
            await DashboardFixture.ScreenshotAsync(page, "dashboard-overview");
        }

        await page.Context.CloseAsync();
    }

    // 1.6 reports Charging in a StatusNotification; a 2.x connector stays Occupied and the TransactionEvent's
    // chargingState says Charging (E02.FR.13). The demo fleet has both, so both ways to a blue pin are taken.
    [Theory]
    [InlineData("1.6")]
    [InlineData("2.0.1")]
    public async Task StatusChangeAtCharger_TurnsItsMarkerColour_WithinTwoSecondsWithoutReload(string ocppVersion)
    {
        var page = await _fixture.SignInAsync(DashboardFixture.AdminName, DashboardFixture.AdminPassword);
        await page.WaitForSelectorAsync("#live-indicator[data-state=open]");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        ChargingClock? clock = null;
        var (charger, _) = await StartSomewhereAsync(
            async candidate =>
            {
                // Zoomed in on the charger no cluster hides it: its own pin is on the page, green.
                Assert.True(await page.EvaluateAsync<bool>("id => window.sharpCharge.focus(id)", candidate.Station.Id));
                await page.WaitForFunctionAsync(PinIs, new[] { candidate.Station.Id, "available", MarkerColours["available"] });
                clock?.Dispose();
                clock = new ChargingClock(candidate.Station, 1);
            },
            ocppVersion);
        var id = charger.Station.Id;
        using (clock)
        {
            // From the instant the charger turns to Charging to the blue pin in the page: the message to the central
            // system, its storage, the live stream and the page's script.
            var elapsed = await clock!.ChargingAsync(TimeSpan.FromSeconds(40));
            try
            {
                await page.WaitForFunctionAsync(
                    PinIs,
                    new[] { id, "charging", MarkerColours["charging"] },
                    new PageWaitForFunctionOptions { Timeout = 2_000, PollingInterval = 20 });
            }
            catch (TimeoutException)
            {
                // Late: say how late, so that a failure tells a slow path from a wrong colour.
                var late = await page.WaitForFunctionAsync(PinIs, new[] { id, "charging", MarkerColours["charging"] }, new PageWaitForFunctionOptions { Timeout = 10_000 })
                    .ContinueWith(t => t.IsCompletedSuccessfully ? $"turned after {elapsed.ElapsedMilliseconds} ms" : "did not turn within 12 s", TaskScheduler.Default);
                Assert.Fail($"The pin of {id} (OCPP {ocppVersion}) {late} after the charger turned to Charging.");
            }

            elapsed.Stop();
            _output.WriteLine($"The pin of {id} (OCPP {ocppVersion}) turned blue {elapsed.ElapsedMilliseconds} ms after the charger turned to Charging.");
            Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(2), $"The pin of {id} (OCPP {ocppVersion}) turned after {elapsed.ElapsedMilliseconds} ms.");
        }

        Assert.Equal(ConnectorStatus.Charging, charger.Station.GetConnectorStatus(1));
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "The page was reloaded.");
        charger.Station.StopSession(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RemoteStartFromChargerPage_StartsSessionAtTheSimulatedCharger_AndPageShowsItsPower()
    {
        var charger = await _fixture.ClaimIdleChargerAsync();
        var station = charger.Station;
        var page = await _fixture.SignInAsync(DashboardFixture.AdminName, DashboardFixture.AdminPassword);
        await page.GotoAsync($"chargers/{station.Id}");
        await page.WaitForSelectorAsync("#live-indicator[data-state=open]");

        var start = page.Locator("form[data-command=start]");
        await start.Locator("select[name=token]").SelectOptionAsync(DashboardFixture.Token);
        await start.Locator("select[name=evse]").SelectOptionAsync("1");
        await start.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("form[data-command=start] output[data-state=accepted]", new PageWaitForSelectorOptions { Timeout = 40_000 });

        await Eventually.TrueAsync(() => Task.FromResult(station.GetTransactionId(1) is not null && station.GetConnectorStatus(1) == ConnectorStatus.Charging));
        await page.WaitForFunctionAsync("() => parseFloat(document.querySelector('[data-kpi=power] [data-kpi-value]').textContent) > 0");

        // The page shows what the simulated vehicle draws (from the charger's meter values, a second apart).
        var maxKw = _fixture.Seed.Chargers.Single(c => c.Id == station.Id).MaxPowerKw;
        await Eventually.TrueAsync(async () =>
        {
            var shown = await KpiNumberAsync(page, "power");
            var actual = station.GetPowerW(1) / 1000m;
            return shown > 0 && shown <= maxKw && Math.Abs(shown - actual) <= 5m;
        });
        var session = await KpiTextAsync(page, "session");
        Assert.True(long.TryParse(session, out var transactionId), $"The page shows session '{session}'.");
        await DashboardFixture.ScreenshotAsync(page, "dashboard-charger");

        await page.Locator("form[data-command=stop] button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("form[data-command=stop] output[data-state=accepted]", new PageWaitForSelectorOptions { Timeout = 40_000 });
        await Eventually.TrueAsync(() => Task.FromResult(station.GetTransactionId(1) is null));
        await page.GotoAsync($"transactions/{transactionId}");
        await page.WaitForSelectorAsync("#session-chart .uplot");
        await DashboardFixture.ScreenshotAsync(page, "dashboard-transaction");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PowerSlider_IsBoundedByTheChargersMaxPower_AndLimitsWhatItDelivers()
    {
        var (charger, _) = await StartSomewhereAsync(_ => Task.CompletedTask);
        var station = charger.Station;
        await Eventually.TrueAsync(() => Task.FromResult(station.GetPowerW(1) > 20_000m), seconds: 30);
        var page = await _fixture.SignInAsync(DashboardFixture.AdminName, DashboardFixture.AdminPassword);
        await page.GotoAsync($"chargers/{station.Id}");

        var power = page.Locator("form[data-command=power]");
        var slider = power.Locator("input[type=range]");
        var maxKw = _fixture.Seed.Chargers.Single(c => c.Id == station.Id).MaxPowerKw;
        Assert.Equal(maxKw.ToString(CultureInfo.InvariantCulture), await slider.GetAttributeAsync("max"));
        Assert.Equal("10", await slider.GetAttributeAsync("min"));
        await slider.FillAsync("15");
        Assert.Equal("15", (await power.Locator("[data-slider-value]").TextContentAsync())?.Trim());
        await power.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("form[data-command=power] output[data-state=accepted]", new PageWaitForSelectorOptions { Timeout = 40_000 });

        Assert.Equal(15_000m, station.GetOfferedPowerW(1));
        await Eventually.TrueAsync(() => Task.FromResult(station.GetPowerW(1) is > 0m and <= 15_000m));
        await page.WaitForFunctionAsync("() => { const kw = parseFloat(document.querySelector('[data-kpi=power] [data-kpi-value]').textContent); return kw > 0 && kw <= 15; }");
        station.StopSession(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task KpisAndStationLoad_FollowTheFleetLive_WithOneReadingOfTheFiguresPerSecondForAllPages()
    {
        var overview = await _fixture.SignInAsync(DashboardFixture.AdminName, DashboardFixture.AdminPassword);
        var stations = await overview.Context.NewPageAsync();
        await stations.GotoAsync("stations");
        foreach (var page in new[] { overview, stations })
        {
            await page.WaitForSelectorAsync("#live-indicator[data-state=open]");
            await page.EvaluateAsync("() => { window.sameDocument = true; }");
        }

        var figures = _fixture.Get<LiveFiguresSource>();
        var readsBefore = figures.Reads;
        var watching = Stopwatch.StartNew();
        var energy = await KpiTextAsync(overview, "energy");
        var revenue = await KpiTextAsync(overview, "revenue");

        var (charger, _) = await StartSomewhereAsync(_ => Task.CompletedTask);
        var stationId = _fixture.Seed.Chargers.Single(c => c.Id == charger.Station.Id).StationId!;
        var load = stations.Locator($"#stations-table tr[data-station='{stationId}'] [data-live=station-load-value]");
        await Eventually.TrueAsync(() => Task.FromResult(charger.Station.GetEnergyWh(1) > 0m), seconds: 30);
        var loadWhileCharging = await WaitForChangeAsync(load, (await load.TextContentAsync())!.Trim());

        // Energy flows: the energy today changes on the open page; the session ends: it is priced and the revenue changes.
        await WaitForChangeAsync(overview.Locator("[data-kpi=energy] [data-kpi-value]"), energy);
        charger.Station.StopSession(1);
        await WaitForChangeAsync(overview.Locator("[data-kpi=revenue] [data-kpi-value]"), revenue);
        await WaitForChangeAsync(load, loadWhileCharging);
        watching.Stop();

        foreach (var page in new[] { overview, stations })
        {
            Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "A page was reloaded.");
        }

        // Both pages asked for the figures after every change; they were read at most once a second for the two.
        var reads = figures.Reads - readsBefore;
        Assert.InRange(reads, 1, (int)Math.Ceiling(watching.Elapsed.TotalSeconds) + 1);
        await overview.Context.CloseAsync();
    }

    [Fact]
    public async Task Viewer_SeesTheChargerButCannotPressButtons()
    {
        var chargerId = _fixture.Seed.Chargers[0].Id;
        var page = await _fixture.SignInAsync(DashboardFixture.ViewerName, DashboardFixture.ViewerPassword);
        await page.GotoAsync($"chargers/{chargerId}");

        Assert.Equal(1, await page.Locator("#viewer-notice").CountAsync());
        var buttons = page.Locator("form.command button[type=submit]");
        Assert.True(await buttons.CountAsync() >= 8);
        for (var i = 0; i < await buttons.CountAsync(); i++)
        {
            Assert.True(await buttons.Nth(i).IsDisabledAsync(), $"Button {i} is enabled for a viewer.");
        }

        // The server refuses too: the same form posted by hand (with a valid antiforgery token) is forbidden.
        var status = await page.EvaluateAsync<int>(
            "async () => { const form = document.querySelector('form[data-command=reset]'); " +
            "const response = await fetch(form.action, { method: 'POST', body: new FormData(form) }); return response.status; }");
        Assert.Equal(403, status);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Claims an idle charger (speaking <paramref name="ocppVersion"/>, if given), runs <paramref name="before"/>, then
    /// starts a session at it with the test card; tries another charger when a random arrival got there first. Returns
    /// the charger and a clock started when it began.
    /// </summary>
    private async Task<(SimulatedStation Charger, Stopwatch Clock)> StartSomewhereAsync(Func<SimulatedStation, Task> before, string? ocppVersion = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var charger = await _fixture.ClaimIdleChargerAsync(ocppVersion: ocppVersion);
            await before(charger);
            if (await DashboardFixture.StartAtChargerAsync(charger))
            {
                return (charger, Stopwatch.StartNew());
            }

            Assert.True(attempt < 3, "Three claimed chargers in a row refused the test card's session.");
        }
    }

    /// <summary>The colours of dashboard.js, as the browser computes a pin's background.</summary>
    private static readonly Dictionary<string, string> MarkerColours = new(StringComparer.Ordinal)
    {
        ["available"] = "rgb(46, 157, 79)",
        ["charging"] = "rgb(47, 111, 219)",
    };

    /// <summary>True when the charger's pin is on the page in the given state and colour: [id, state, colour].</summary>
    private const string PinIs =
        "([id, state, colour]) => { const pin = document.querySelector(`.pin[data-charger=\"${id}\"]`); " +
        "return pin !== null && pin.dataset.state === state && getComputedStyle(pin).backgroundColor === colour; }";

    private static async Task<string> WaitForChangeAsync(ILocator locator, string from)
    {
        string? now = null;
        await Eventually.TrueAsync(
            async () =>
            {
                now = (await locator.TextContentAsync())?.Trim();
                return now is not null && now != from;
            },
            seconds: 40);
        return now!;
    }

    private static async Task<string> KpiTextAsync(IPage page, string name) =>
        (await page.Locator($"[data-kpi={name}] [data-kpi-value]").TextContentAsync())!.Trim();

    private static async Task<decimal> KpiNumberAsync(IPage page, string name) =>
        decimal.Parse((await KpiTextAsync(page, name)).Replace("kW", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);

    private static async Task<Dictionary<string, Marker>> MarkersAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("() => JSON.stringify(window.sharpCharge.markers())");
        using var markers = JsonDocument.Parse(json);
        return markers.RootElement.EnumerateArray().ToDictionary(
            m => m.GetProperty("chargerId").GetString()!,
            m => new Marker(m.GetProperty("state").GetString()!, m.GetProperty("latitude").GetDouble(), m.GetProperty("longitude").GetDouble(), m.GetProperty("own").GetBoolean()));
    }

    private sealed record Marker(string State, double Latitude, double Longitude, bool Own);
}
