using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SharpCharge.Csms.Dashboard.Accounts;
using SharpCharge.Csms.Demo;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Import;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Simulator.Run;
using SharpCharge.Station;
using SharpCharge.Station.Model;

namespace SharpCharge.Dashboard.Tests.Support;

/// <summary>
/// The central system exactly as <c>--demo</c> starts it: the Jeju seed file imported into a throw-away database and
/// all 34 of its chargers played in process by the simulator's fleet runner, with vehicles arriving at random. Time
/// runs 10x and chargers meter every 30 simulated seconds, so that sessions start and meter values flow within
/// seconds, a session lasts long enough for a test to act on it, and the fleet leaves room on a busy machine. On top: an admin and a viewer account, a test driver's card, and a headless Chromium. Shared by the
/// tests of a class; each test claims chargers of its own (<see cref="ClaimIdleChargerAsync"/>), so they do not
/// interfere with each other, and a random arrival at a claimed charger is detected rather than mistaken.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string AdminName = "ops";
    public const string AdminPassword = "admin-password-1";
    public const string ViewerName = "viewer";
    public const string ViewerPassword = "viewer-password-1";

    /// <summary>A card no simulated driver carries (they take theirs from the seed), so tests never compete for it.</summary>
    public const string Token = "DASHBOARD-TEST-CARD";

    public const int SeededChargers = 34;

    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseUri { get; private set; } = default!;

    /// <summary>The seed file the demo imported, read again: what the pages must show.</summary>
    internal FleetFile Seed { get; private set; } = default!;

    internal FleetRunner Runner => Get<DemoFleetService>().Runner ?? throw new InvalidOperationException("The demo fleet has not started.");

    internal T Get<T>()
        where T : notnull
        => (_app ?? throw new InvalidOperationException("Not started.")).Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        _app = DemoApp.Build(new Dictionary<string, string?>
        {
            ["Demo:Speed"] = "10",
            ["Demo:Utilisation"] = "0.3",
            ["Demo:MeterIntervalSeconds"] = "30",
            ["Demo:RandomSeed"] = "11",
            [DemoMode.AdminUserKey] = AdminName,
            [DemoMode.AdminPasswordKey] = AdminPassword,

            // No tiles from the internet in tests: a loopback address nothing listens on. The markers still show.
            ["Dashboard:TileUrl"] = "http://127.0.0.1:9/{z}/{x}/{y}.png",
            ["Csms:ProtocolLogEnabled"] = "true",
        });
        await _app.StartAsync();
        BaseUri = DemoApp.ApiUri(_app);
        Seed = await FleetFileReader.ReadAsync(Get<IOptions<DemoOptions>>().Value.SeedFilePath, CancellationToken.None);

        await Get<OperatorAccounts>().SaveAsync(ViewerName, ViewerPassword, OperatorRole.Viewer, CancellationToken.None);
        await Get<IIdTokenService>().SaveAsync(new IdTokenRecord(Token, "ISO14443", IdTokenStatus.Accepted) { AllowConcurrentTransactions = true }, CancellationToken.None);

        // The fleet starts once the server listens; every seeded charger connects and boots.
        await Eventually.TrueAsync(
            () => Task.FromResult(Get<DemoFleetService>().Runner is { } runner && runner.Stations.Count == SeededChargers && runner.Stations.All(s => s.Station.IsOnline)),
            seconds: 90);

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
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>The simulated charger with this id.</summary>
    internal SimulatedStation Charger(string chargerId) => Runner.Stations.Single(s => s.Station.Id == chargerId);

    /// <summary>
    /// A charger of the demo fleet (of <paramref name="stationId"/> and speaking <paramref name="ocppVersion"/>, if
    /// given) that is online, available and has no vehicle arriving or plugged in, and that no other test has claimed.
    /// Waits for one, as vehicles come and go.
    /// </summary>
    internal async Task<SimulatedStation> ClaimIdleChargerAsync(string? stationId = null, string? ocppVersion = null)
    {
        SimulatedStation? found = null;
        await Eventually.TrueAsync(
            () =>
            {
                lock (_claimed)
                {
                    found = Runner.Stations
                        .Where(s => stationId is null || Seed.Chargers.Single(c => c.Id == s.Station.Id).StationId == stationId)
                        .Where(s => ocppVersion is null || Seed.Chargers.Single(c => c.Id == s.Station.Id).OcppVersion == ocppVersion)
                        .FirstOrDefault(s => !_claimed.Contains(s.Station.Id) && IsIdle(s, Get<TimeProvider>().GetUtcNow()));
                    if (found is not null)
                    {
                        _claimed.Add(found.Station.Id);
                    }
                }

                return Task.FromResult(found is not null);
            },
            seconds: 60);
        return found!;
    }

    /// <summary>
    /// Starts a session at the charger as a driver would, with the test card: plugs in and authorizes at the charger.
    /// False when a random arrival took the charger first (then the caller claims another).
    /// </summary>
    internal static async Task<bool> StartAtChargerAsync(SimulatedStation charger)
    {
        ArgumentNullException.ThrowIfNull(charger);
        return await charger.Station.StartSessionAsync(1, Token) == SessionStartOutcome.Started;
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

    /// <summary>True when screenshots for the documentation are being refreshed (SHARPCHARGE_UPDATE_SCREENSHOTS=1).</summary>
    public static bool UpdatingScreenshots => Environment.GetEnvironmentVariable("SHARPCHARGE_UPDATE_SCREENSHOTS") == "1";

    /// <summary>Saves a screenshot into TestResults/screenshots, and into docs/images when <see cref="UpdatingScreenshots"/>.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots") };
        if (UpdatingScreenshots && RepositoryRoot() is { } root)
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

    /// <summary>
    /// Online, available, nobody plugged in, and the next random vehicle not due for a while (simulated time: 5
    /// minutes are 30 seconds here), so no arrival can take the charger between the claim and the test's own session.
    /// </summary>
    private static bool IsIdle(SimulatedStation charger, DateTimeOffset now) =>
        charger.Station.IsOnline
        && charger.Station.GetConnectorStatus(1) == ConnectorStatus.Available
        && charger.Station.GetTransactionId(1) is null
        && charger.Slots.All(slot => slot.Vehicle is null && slot.Starting is null && slot.NextArrival > now + TimeSpan.FromMinutes(5));

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
}
