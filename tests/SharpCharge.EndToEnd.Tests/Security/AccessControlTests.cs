using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using SharpCharge.Csms.Api.Security;
using SharpCharge.Csms.Dashboard.Accounts;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.Security;

/// <summary>
/// Role checks over every mapped route, found by enumerating the server's endpoints (a route added later is checked
/// too): each state-changing API route needs a key that may write; no GET changes the database; a dashboard viewer
/// changes nothing; dashboard forms need their antiforgery token; every answer carries the security headers; and
/// repeated wrong operator passwords lock the sign-in.
/// </summary>
public sealed partial class AccessControlTests : IAsyncLifetime
{
    private const string WriteKey = "write-key-0123456789-abcdefghijklmnop";
    private const string ReadKey = "read-key-0123456789-abcdefghijklmnopq";
    private const string AdminPassword = "admin-password-1";
    private const string ViewerPassword = "viewer-password-1";

    private readonly SqliteBackend _storage = new();
    private CsmsServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await CsmsServer.StartAsync(_storage, new Dictionary<string, string?>
        {
            ["Api:RequireKey"] = "true",
            ["Api:Keys:0:Name"] = "writer",
            ["Api:Keys:0:Hash"] = ApiKeyHasher.Hash(WriteKey),
            ["Api:Keys:1:Name"] = "reader",
            ["Api:Keys:1:Hash"] = ApiKeyHasher.Hash(ReadKey),
            ["Api:Keys:1:ReadOnly"] = "true",
            ["Dashboard:InitialAdmin:User"] = "admin",
            ["Dashboard:InitialAdmin:Password"] = AdminPassword,
            ["Security:OperatorFailuresBeforeLockout"] = "3",
            ["Security:LockoutDuration"] = "00:00:02",
        });
        await _server.Get<OperatorAccounts>().SaveAsync("viewer", ViewerPassword, OperatorRole.Viewer, CancellationToken.None);
        await _server.Get<IChargerService>().RegisterAsync("CP-ACCESS", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await _server.Get<IIdTokenService>().SaveAsync(new IdTokenRecord("TAG-ACCESS", "ISO14443", IdTokenStatus.Accepted), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _storage.DisposeAsync();
    }

    private IReadOnlyList<(string Method, string Pattern, Endpoint Endpoint)> Routes() =>
        [.. _server.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'), (Endpoint)e)))
            .Distinct()];

    /// <summary>A concrete path for a route pattern: ids of the seeded charger and token, 1 for numbers.</summary>
    private static string PathOf(string pattern) => RouteParameter().Replace(pattern, m => m.Value switch
    {
        var p when p.Contains(":long", StringComparison.Ordinal) || p.Contains(":int", StringComparison.Ordinal) => "1",
        "{value}" => "TAG-ACCESS",
        "{action}" => "reset",
        _ => "CP-ACCESS",
    });

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    private HttpClient Client(string? apiKey = null, CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{_server.ApiPort}/"), Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyFilter.HeaderName, apiKey);
        }

        return client;
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content ?? (method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json")) };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // Event streams never end: the headers are enough.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return response.StatusCode;
    }

    [Fact]
    public async Task EveryStateChangingApiRoute_RefusesCallersWithoutAKeyAndReadOnlyKeys()
    {
        using var anonymous = Client();
        using var reader = Client(ReadKey);
        var writes = Routes().Where(r => r.Pattern.StartsWith("/api/", StringComparison.Ordinal) && r.Method is not ("GET" or "HEAD")).ToList();
        var before = await SnapshotAsync();

        foreach (var (method, pattern, _) in writes)
        {
            Assert.True(await SendAsync(anonymous, method, PathOf(pattern)) == HttpStatusCode.Unauthorized, $"{method} {pattern} without a key did not answer 401.");
            Assert.True(await SendAsync(reader, method, PathOf(pattern)) == HttpStatusCode.Forbidden, $"{method} {pattern} with a read-only key did not answer 403.");
        }

        Assert.True(writes.Count >= 20, $"Only {writes.Count} state-changing API routes were found; the enumeration is broken.");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task NoGetRoute_ChangesTheDatabase_ApiAndDashboardAlike()
    {
        var cookies = await SignInAsync("admin", AdminPassword);
        using var admin = Client(WriteKey, cookies);
        var reads = Routes().Where(r => r.Method == "GET").ToList();

        // The command history is an audit trail: a GET that asks a charger something (its configuration, its
        // certificates) records who asked. That row (and SQLite's id counter for it) is the only write a read may cause.
        string[] audit = ["commands", "sqlite_sequence"];
        var before = await SnapshotAsync(audit);

        foreach (var (_, pattern, _) in reads)
        {
            var status = await SendAsync(admin, "GET", PathOf(pattern));
            Assert.True((int)status < 500, $"GET {pattern} answered {(int)status}.");
        }

        Assert.True(reads.Count >= 25, $"Only {reads.Count} GET routes were found; the enumeration is broken.");
        Assert.Equal(before, await SnapshotAsync(audit));

        // The snapshot sees changes: the same client writing through the API changes it.
        Assert.Equal(HttpStatusCode.Created, await SendAsync(admin, "POST", "api/id-tokens", new StringContent("""{"id_token":"TAG-NEW","type":"ISO14443","status":"accepted"}""", Encoding.UTF8, "application/json")));
        Assert.NotEqual(before, await SnapshotAsync(audit));
    }

    [Fact]
    public async Task DashboardViewer_ChangesNothingThroughAnyDashboardPost_WhileAnAdminCan()
    {
        // Pages answer GET and POST on one endpoint (Blazor's form handling); form targets answer POST only.
        var routes = Routes();
        var pages = routes.Where(r => r.Method == "GET").Select(r => r.Pattern).ToHashSet();
        var posts = routes.Where(r => !r.Pattern.StartsWith("/api/", StringComparison.Ordinal) && r.Method == "POST"
            && !pages.Contains(r.Pattern) && r.Pattern is not ("/login" or "/logout")).ToList();
        var viewerCookies = await SignInAsync("viewer", ViewerPassword);
        using var viewer = Client(cookies: viewerCookies);
        var before = await SnapshotAsync();

        foreach (var (method, pattern, _) in posts)
        {
            var status = await SendAsync(viewer, method, PathOf(pattern), await FormAsync(viewer, pattern));
            Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"A viewer's {method} {pattern} answered {(int)status}.");
        }

        Assert.True(posts.Count >= 3, $"Only {posts.Count} dashboard form targets were found.");
        Assert.Equal(before, await SnapshotAsync());

        // Pages handle no form posts themselves: every dashboard change goes through the targets checked above.
        var pageForms = typeof(SharpCharge.Csms.Hosting.CsmsApp).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            .Where(p => p.GetCustomAttributes(typeof(SupplyParameterFromFormAttribute), true).Length > 0);
        Assert.Empty(pageForms);

        var adminCookies = await SignInAsync("admin", AdminPassword);
        using var admin = Client(cookies: adminCookies);
        Assert.Equal(HttpStatusCode.Redirect, await SendAsync(admin, "POST", "dashboard/tokens", await FormAsync(admin, "/dashboard/tokens")));
        Assert.NotEqual(before, await SnapshotAsync());
    }

    [Fact]
    public async Task DashboardForms_WithoutTheAntiforgeryToken_AreRefused()
    {
        var cookies = await SignInAsync("admin", AdminPassword);
        using var admin = Client(cookies: cookies);
        var before = await SnapshotAsync();

        var withoutToken = await SendAsync(admin, "POST", "dashboard/tokens", new FormUrlEncodedContent(new Dictionary<string, string> { ["value"] = "TAG-CSRF", ["type"] = "ISO14443", ["status"] = "Accepted" }));
        var action = await SendAsync(admin, "POST", "dashboard/chargers/CP-ACCESS/actions/reset", new FormUrlEncodedContent(new Dictionary<string, string> { ["type"] = "soft" }));

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken);
        Assert.Equal(HttpStatusCode.BadRequest, action);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task SecurityHeaders_AreOnApiAndDashboardAnswers()
    {
        using var client = Client(ReadKey);

        using var api = await client.GetAsync("api/chargers");
        using var login = await client.GetAsync("login");
        using var refused = await Client().GetAsync("api/chargers");

        foreach (var response in new[] { api, login, refused })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is only sent over TLS.");
        }

        Assert.Equal(SecurityHeadersPolicy, api.Headers.GetValues("Content-Security-Policy").Single());
        var page = login.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", page, StringComparison.Ordinal);
        Assert.Contains("https://tile.openstreetmap.org", page, StringComparison.Ordinal);
    }

    private static string SecurityHeadersPolicy => SharpCharge.Csms.Hosting.SecurityHeaders.ApiPolicy;

    [Fact]
    public async Task WrongOperatorPasswords_LockTheSignIn_UntilTheLockEnds()
    {
        for (var i = 0; i < 2; i++)
        {
            Assert.Contains("error=1", await SignInLocationAsync("admin", "wrong-password"), StringComparison.Ordinal);
        }

        Assert.Contains("error=locked", await SignInLocationAsync("admin", "wrong-password"), StringComparison.Ordinal);
        Assert.Contains("error=locked", await SignInLocationAsync("admin", AdminPassword), StringComparison.Ordinal);
        Assert.Equal("/", await SignInLocationAsync("viewer", ViewerPassword));
        Assert.True(await SecurityEventsAsync(SecurityEventType.OperatorSignInFailed) == 3);

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        Assert.Equal("/", await SignInLocationAsync("admin", AdminPassword));
    }

    private async Task<long> SecurityEventsAsync(string type)
    {
        using var client = Client();
        var text = await client.GetStringAsync("metrics");
        var prefix = $"csms_security_events_total{{event=\"{type}\"}} ";
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Signs in through the login form; returns where the server redirects (the home page on success).</summary>
    private async Task<string> SignInLocationAsync(string user, string password, CookieContainer? cookies = null)
    {
        cookies ??= new CookieContainer();
        using var client = Client(cookies: cookies);
        var token = await TokenAsync(client, "login");
        using var response = await client.PostAsync("login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = user,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<CookieContainer> SignInAsync(string user, string password)
    {
        var cookies = new CookieContainer();
        Assert.Equal("/", await SignInLocationAsync(user, password, cookies));
        return cookies;
    }

    private static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return AntiforgeryInput().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();

    /// <summary>A form an admin could use to change something at this target, with the client's antiforgery token.</summary>
    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, string pattern)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(client, "tokens"),
            ["value"] = pattern.EndsWith("/status", StringComparison.Ordinal) ? "TAG-ACCESS" : "TAG-FROM-FORM",
            ["type"] = "ISO14443",
            ["status"] = "Blocked",
            ["kind"] = "soft",
        };
        return new FormUrlEncodedContent(fields);
    }

    /// <summary>Every row of every table, as text: equal snapshots mean nothing was written.</summary>
    private async Task<string> SnapshotAsync(params string[] except)
    {
        await using var connection = new SqliteConnection(_storage.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables.Except(except))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await select.ExecuteReaderAsync();
            text.Append('#').Append(table).Append('\n');
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
