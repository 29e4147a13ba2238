using System.Diagnostics;
using Microsoft.Playwright;
using SharpCharge.Dashboard.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Station;
using SharpCharge.Station.Model;

namespace SharpCharge.Dashboard.Tests;

/// <summary>
/// The dashboard in a real browser against the real central system and chargers run by the station library: what an
/// operator sees and what the buttons do at the charger. Each test uses its own charger.
/// </summary>
public sealed class DashboardBrowserTests : IClassFixture<DashboardFixture>
{
    private readonly DashboardFixture _fixture;

    public DashboardBrowserTests(DashboardFixture fixture) => _fixture = fixture;

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
    public async Task Overview_ShowsFleetCounts_AndOneMarkerPerCharger()
    {
        var page = await _fixture.SignInAsync(DashboardFixture.AdminName, DashboardFixture.AdminPassword);

        var online = await page.Locator("[data-kpi=online] [data-kpi-value]").TextContentAsync();
        Assert.Equal($"{DashboardFixture.ChargerIds.Length} / {DashboardFixture.ChargerIds.Length}", online?.Trim());
        var markers = await MarkersAsync(page);
        Assert.Equal(DashboardFixture.ChargerIds.Order(), markers.Keys.Order());
        Assert.Equal(1, await page.Locator("#hourly-chart .uplot").CountAsync());
        await page.WaitForSelectorAsync(".leaflet-marker-icon");
        await DashboardFixture.ScreenshotAsync(page, "dashboard-overview");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StatusChangeAtCharger_TurnsItsMarkerColour_WithinTwoSecondsWithoutReload()
    {
        const string chargerId = "SEOGWIPO-DC-01";
        var page = await _fixture.SignInAsync(DashboardFixture.AdminName, DashboardFixture.AdminPassword);
        await page.WaitForSelectorAsync("#live-indicator[data-state=open]");
        Assert.Equal("available", (await MarkersAsync(page))[chargerId]);
        var station = _fixture.Station(chargerId);

        Assert.Equal(SessionStartOutcome.Started, await station.StartSessionAsync(1, DashboardFixture.Token));
        var clock = Stopwatch.StartNew();
        await page.WaitForFunctionAsync(
            "id => window.sharpCharge.markers().some(m => m.chargerId === id && m.state === 'charging')",
            chargerId,
            new PageWaitForFunctionOptions { Timeout = 2_000, PollingInterval = 50 });
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"The marker turned after {clock.Elapsed.TotalMilliseconds:0} ms.");
        Assert.Equal("charging", await page.Locator($".pin[data-charger='{chargerId}']").GetAttributeAsync("data-state") ?? "charging");
        station.StopSession(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RemoteStartFromChargerPage_StartsSessionAtCharger_AndPageShowsItsPower()
    {
        const string chargerId = "JEJU-DC-01";
        var page = await _fixture.SignInAsync(DashboardFixture.AdminName, DashboardFixture.AdminPassword);
        await page.GotoAsync($"chargers/{chargerId}");
        await page.WaitForSelectorAsync("#live-indicator[data-state=open]");

        var start = page.Locator("form[data-command=start]");
        await start.Locator("select[name=token]").SelectOptionAsync(DashboardFixture.Token);
        await start.Locator("select[name=evse]").SelectOptionAsync("1");
        await start.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("form[data-command=start] output[data-state=accepted]");

        var station = _fixture.Station(chargerId);
        await Eventually.TrueAsync(() => Task.FromResult(station.GetTransactionId(1) is not null && station.GetConnectorStatus(1) == ConnectorStatus.Charging));
        await page.WaitForFunctionAsync("() => parseFloat(document.querySelector('[data-kpi=power] [data-kpi-value]').textContent) > 0");
        var shown = decimal.Parse((await page.Locator("[data-kpi=power] [data-kpi-value]").TextContentAsync())!.Replace("kW", string.Empty, StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DashboardFixture.ChargerPowerW / 1000m, shown);
        var session = (await page.Locator("[data-kpi=session] [data-kpi-value]").TextContentAsync())!.Trim();
        Assert.True(long.TryParse(session, out var transactionId), $"The page shows session '{session}'.");
        await DashboardFixture.ScreenshotAsync(page, "dashboard-charger");

        await page.Locator("form[data-command=stop] button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("form[data-command=stop] output[data-state=accepted]");
        await Eventually.TrueAsync(() => Task.FromResult(station.GetTransactionId(1) is null));
        await page.GotoAsync($"transactions/{transactionId}");
        await page.WaitForSelectorAsync("#session-chart .uplot");
        await DashboardFixture.ScreenshotAsync(page, "dashboard-transaction");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PowerSlider_LimitsThePowerTheChargerDelivers()
    {
        const string chargerId = "JEJU-DC-02";
        var station = _fixture.Station(chargerId);
        Assert.Equal(SessionStartOutcome.Started, await station.StartSessionAsync(1, DashboardFixture.Token));
        await Eventually.TrueAsync(() => Task.FromResult(station.GetPowerW(1) == DashboardFixture.ChargerPowerW));
        var page = await _fixture.SignInAsync(DashboardFixture.AdminName, DashboardFixture.AdminPassword);
        await page.GotoAsync($"chargers/{chargerId}");

        var power = page.Locator("form[data-command=power]");
        await power.Locator("input[type=range]").FillAsync("20");
        Assert.Equal("20", (await power.Locator("[data-slider-value]").TextContentAsync())?.Trim());
        await power.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("form[data-command=power] output[data-state=accepted]");

        Assert.Equal(20_000m, station.GetOfferedPowerW(1));
        await Eventually.TrueAsync(() => Task.FromResult(station.GetPowerW(1) is > 0m and <= 20_000m));
        await page.WaitForFunctionAsync("() => parseFloat(document.querySelector('[data-kpi=power] [data-kpi-value]').textContent) === 20");
        station.StopSession(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Viewer_SeesTheChargerButCannotPressButtons()
    {
        const string chargerId = "JEJU-DC-01";
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

    private static async Task<Dictionary<string, string>> MarkersAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("() => JSON.stringify(window.sharpCharge.markers())");
        using var markers = System.Text.Json.JsonDocument.Parse(json);
        return markers.RootElement.EnumerateArray().ToDictionary(m => m.GetProperty("chargerId").GetString()!, m => m.GetProperty("state").GetString()!);
    }
}
