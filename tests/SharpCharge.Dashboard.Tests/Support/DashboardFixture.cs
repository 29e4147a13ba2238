using Microsoft.Playwright;
using SharpCharge.Csms.Dashboard.Accounts;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Station;
using SiteRecord = SharpCharge.Csms.Domain.Stations.Station;

namespace SharpCharge.Dashboard.Tests.Support;

/// <summary>
/// One real central system (SQLite, loopback, ports picked by the OS) with two stations on Jeju, three chargers run
/// by the station library (1.6 and 2.0.1, 50 kW each, metering every second), an admin and a viewer account, and a
/// headless Chromium. Shared by the tests of a class, which use different chargers so that they do not interfere.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string AdminName = "admin";
    public const string AdminPassword = "admin-password-1";
    public const string ViewerName = "viewer";
    public const string ViewerPassword = "viewer-password-1";
    public const string Token = "TAG-DASH-1";
    public const decimal ChargerPowerW = 50_000m;

    public static readonly string[] ChargerIds = ["JEJU-DC-01", "JEJU-DC-02", "SEOGWIPO-DC-01"];

    private readonly SqliteBackend _storage = new();
    private readonly Dictionary<string, ChargingStation> _stations = new(StringComparer.Ordinal);
    private CsmsServer? _server;
    private IPlaywright? _playwright;

    internal CsmsServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseUri => new($"http://127.0.0.1:{Server.ApiPort}/");

    public ChargingStation Station(string chargerId) => _stations[chargerId];

    public async Task InitializeAsync()
    {
        _server = await CsmsServer.StartAsync(_storage, new Dictionary<string, string?>
        {
            ["Dashboard:InitialAdmin:User"] = AdminName,
            ["Dashboard:InitialAdmin:Password"] = AdminPassword,
            // No tiles from the internet in tests: a loopback address nothing listens on. The markers still show.
            ["Dashboard:TileUrl"] = "http://127.0.0.1:9/{z}/{x}/{y}.png",
            ["Csms:ProtocolLogEnabled"] = "true",
        });
        await Server.Get<OperatorAccounts>().SaveAsync(ViewerName, ViewerPassword, OperatorRole.Viewer, CancellationToken.None);
        await SeedAsync();

        foreach (var (id, index) in ChargerIds.Select((id, i) => (id, i)))
        {
            var station = new ChargingStation(new ChargingStationOptions
            {
                Id = id,
                CsmsUri = new Uri($"ws://127.0.0.1:{Server.OcppPort}/ocpp"),
                Version = index == 1 ? OcppVersion.V201 : OcppVersion.V16,
                Evses = [1],
                ChargingPowerW = ChargerPowerW,
                MeterValueInterval = TimeSpan.FromSeconds(1),
                Vendor = "SharpCharge",
                Model = "DC-50",
            });
            _stations.Add(id, station);
            await station.StartAsync();
        }

        await Eventually.TrueAsync(() => Task.FromResult(_stations.Values.All(s => s.IsOnline)), seconds: 60);

        _playwright = await Playwright.CreateAsync();
        Browser = await ChromiumBrowser.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        foreach (var station in _stations.Values)
        {
            await station.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies) signed in as the given operator, on the overview page.</summary>
    public async Task<IPage> SignInAsync(string name, string password)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUri.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync("login");
        await page.FillAsync("input[name=user]", name);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("form.login button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Saves a screenshot into TestResults/screenshots, and into docs/images when SHARPCHARGE_UPDATE_SCREENSHOTS=1.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots") };
        if (Environment.GetEnvironmentVariable("SHARPCHARGE_UPDATE_SCREENSHOTS") == "1" && RepositoryRoot() is { } root)
        {
            folders.Add(Path.Combine(root, "docs", "images"));
        }

        var image = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".png"), image);
        }
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SharpCharge.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private async Task SeedAsync()
    {
        var stations = Server.Get<IStationService>();
        await stations.SaveAsync(
            new SiteRecord("JEJU-SI", "Jeju-si centre") { Latitude = 33.4996, Longitude = 126.5312, CapacityKw = 200, Address = "Jeju-si", Tariff = new Tariff(0.35m, "EUR") },
            CancellationToken.None);
        await stations.SaveAsync(
            new SiteRecord("SEOGWIPO", "Seogwipo") { Latitude = 33.2541, Longitude = 126.5600, CapacityKw = 100, Address = "Seogwipo-si", Tariff = new Tariff(0.39m, "EUR") },
            CancellationToken.None);

        var chargers = Server.Get<IChargerService>();
        foreach (var id in ChargerIds)
        {
            await chargers.RegisterAsync(id, ChargerRegistrationStatus.Accepted, CancellationToken.None);
            await chargers.AssignStationAsync(id, id.StartsWith("JEJU", StringComparison.Ordinal) ? "JEJU-SI" : "SEOGWIPO", CancellationToken.None);
        }

        await Server.Get<IIdTokenService>().SaveAsync(new IdTokenRecord(Token, "ISO14443", IdTokenStatus.Accepted) { AllowConcurrentTransactions = true }, CancellationToken.None);
    }
}
