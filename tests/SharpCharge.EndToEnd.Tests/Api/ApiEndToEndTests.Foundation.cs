using System.Net;
using System.Text;
using SharpCharge.Csms.Api.Security;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.Api;

public abstract partial class ApiEndToEndTests
{
    [Fact]
    public async Task Health_AnswersOkWithConnectedChargers()
    {
        await using var running = await RunAsync();
        await using var charger = await BootedAsync(running.Server, "CP-HEALTH", OcppVersion.V16);

        var health = await running.Api.GetOkAsync("health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(1, health.GetProperty("connected_chargers").GetInt32());
        var ready = await running.Api.GetOkAsync("health/ready");
        Assert.Equal("ok", ready.GetProperty("database").GetString());
    }

    [Fact]
    public async Task Readiness_DatabaseUnreachable_Answers503()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"sharpcharge-missing-{Guid.NewGuid():N}", "csms.db");
        await using var running = await RunAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={missing};Mode=ReadWrite",
            ["Storage:MigrateOnStart"] = "false",
        });

        var ready = await running.Api.GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("unavailable", ready.Json.GetProperty("status").GetString());
        Assert.NotEqual("ok", ready.Json.GetProperty("database").GetString());
        Assert.Equal(HttpStatusCode.OK, (await running.Api.GetAsync("health")).Status);
    }

    [Fact]
    public async Task OcppPort_DoesNotServeTheApi()
    {
        await using var running = await RunAsync();
        using var onOcppPort = new ApiClient(running.Server, port: running.Server.OcppPort);

        var response = await onOcppPort.GetAsync("api/chargers");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("WebSocket", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKey_NonLoopbackListener_RequiresAValidKey()
    {
        var key = ApiKeyHasher.NewKey();
        await using var running = await RunAsync(new Dictionary<string, string?>
        {
            ["Http:ListenAddress"] = "0.0.0.0",
            ["Api:Keys:0:Name"] = "ops",
            ["Api:Keys:0:Hash"] = ApiKeyHasher.Hash(key),
        });
        using var withKey = new ApiClient(running.Server, key);
        using var wrongKey = new ApiClient(running.Server, ApiKeyHasher.NewKey());

        var missing = await running.Api.GetAsync("api/chargers");
        var wrong = await wrongKey.GetAsync("api/chargers");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal("application/problem+json", missing.MediaType);
        Assert.Equal("urn:sharpcharge:problem:api-key-required", missing.Json.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal("urn:sharpcharge:problem:api-key-invalid", wrong.Json.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await withKey.GetAsync("api/chargers")).Status);
        Assert.Equal(HttpStatusCode.OK, (await running.Api.GetAsync("health")).Status);
    }

    [Fact]
    public async Task ApiKey_NonLoopbackWithoutConfiguredKeys_ExplainsHowToCreateOne()
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Http:ListenAddress"] = "0.0.0.0" });

        var response = await running.Api.GetAsync("api/chargers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("hash-api-key", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKey_LoopbackWithRequireKey_RequiresKey_AndReadOnlyKeyCannotWrite()
    {
        var reader = ApiKeyHasher.NewKey();
        var writer = ApiKeyHasher.NewKey();
        await using var running = await RunAsync(new Dictionary<string, string?>
        {
            ["Api:RequireKey"] = "true",
            ["Api:Keys:0:Name"] = "dashboard",
            ["Api:Keys:0:Hash"] = ApiKeyHasher.Hash(reader),
            ["Api:Keys:0:ReadOnly"] = "true",
            ["Api:Keys:1:Name"] = "ops",
            ["Api:Keys:1:Hash"] = ApiKeyHasher.Hash(writer),
        });
        using var readOnly = new ApiClient(running.Server, reader);
        using var readWrite = new ApiClient(running.Server, writer);
        const string Body = """{"id":"CP-KEYS"}""";

        Assert.Equal(HttpStatusCode.Unauthorized, (await running.Api.GetAsync("api/chargers")).Status);
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync("api/chargers")).Status);
        var refused = await readOnly.PostAsync("api/chargers", Body);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("urn:sharpcharge:problem:api-key-read-only", refused.Json.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Created, (await readWrite.PostAsync("api/chargers", Body)).Status);
    }

    [Fact]
    public async Task ApiKey_MalformedHashInConfiguration_StopsTheStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunAsync(new Dictionary<string, string?>
        {
            ["Api:Keys:0:Name"] = "ops",
            ["Api:Keys:0:Hash"] = "plain-text-key",
        }));

        Assert.Contains("Api:Keys:0:Hash", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HashApiKeyCommand_PrintsTheHashTheServerAccepts()
    {
        using var output = new StringWriter();

        Assert.True(ApiKeyCommand.TryRun(["hash-api-key", "my-very-long-random-key"], output));

        // The hash is salted, so it differs on every run: the printed one must be accepted for the key, and no other.
        var hash = output.ToString().Split('\n').Single(l => l.StartsWith("hash: ", StringComparison.Ordinal))["hash: ".Length..].Trim();
        var policy = new ApiAccessPolicy(
            Microsoft.Extensions.Options.Options.Create(new SharpCharge.Csms.Api.ApiOptions { Keys = [new SharpCharge.Csms.Api.ApiKeyOptions { Name = "ops", Hash = hash }] }),
            Microsoft.Extensions.Options.Options.Create(new SharpCharge.Csms.Hosting.HttpOptions()));
        Assert.Equal(("ops", false), policy.Find("my-very-long-random-key"));
        Assert.Null(policy.Find("my-very-long-random-kez"));
        Assert.False(ApiKeyCommand.TryRun(["--urls", "x"], TextWriter.Null));
    }

    [Fact]
    public async Task MalformedJson_Answers400SayingSo()
    {
        await using var running = await RunAsync();

        var response = await running.Api.PostAsync("api/chargers", """{"id": "CP-1",""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal("urn:sharpcharge:problem:malformed-json", response.Json.GetProperty("type").GetString());
        Assert.Contains("not valid JSON", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongJsonType_Answers400NamingTheField()
    {
        await using var running = await RunAsync();

        var response = await running.Api.PostAsync("api/stations", """{"station_id":"S1","name":"Depot","latitude":"north"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["latitude"], response.ErrorFields);
    }

    [Fact]
    public async Task WrongQueryType_Answers400NamingTheParameter()
    {
        await using var running = await RunAsync();

        var response = await running.Api.GetAsync("api/transactions?page_size=many");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["page_size"], response.ErrorFields);
    }

    [Fact]
    public async Task Docs_ServesAPageReadingTheOpenApiDocument()
    {
        await using var running = await RunAsync();

        var page = await running.Api.GetAsync("docs");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("/openapi/v1.json", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_DeliverAStatusChangeMadeByAConnectedCharger()
    {
        await using var running = await RunAsync();
        using var stream = await running.Api.Http.GetAsync("api/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(), Encoding.UTF8);

        await using var charger = await BootedAsync(running.Server, "CP-SSE", OcppVersion.V201);
        await charger.CallAsync("StatusNotification", Payloads.Status(OcppVersion.V201, "Charging", "Occupied"));

        var (name, data) = await NextEventAsync(reader, "status_changed");
        Assert.Equal("status_changed", name);
        Assert.Equal("CP-SSE", data.GetProperty("charger_id").GetString());
        Assert.Equal("occupied", data.GetProperty("status").GetString());
        Assert.Equal(1, data.GetProperty("evse_id").GetInt32());
    }

    [Fact]
    public async Task Events_AnnounceConnectsAndTransactions()
    {
        await using var running = await RunAsync();
        using var stream = await running.Api.Http.GetAsync("api/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(), Encoding.UTF8);

        await using (var charger = await BootedAsync(running.Server, "CP-SSE-TX", OcppVersion.V16))
        {
            var (_, connected) = await NextEventAsync(reader, "charger_connected");
            Assert.Equal("1.6", connected.GetProperty("ocpp_version").GetString());
            await ChargeAsync(charger, OcppVersion.V16, "TAG-SSE", DateTimeOffset.UtcNow.AddMinutes(-30), energyWh: 4000, powerW: 11000);
            var (_, meter) = await NextEventAsync(reader, "meter_updated");
            Assert.Equal(11m, meter.GetProperty("power_kw").GetDecimal());
            var (_, ended) = await NextEventAsync(reader, "transaction_ended");
            Assert.Equal(4m, ended.GetProperty("energy_kwh").GetDecimal());
        }

        var (_, disconnected) = await NextEventAsync(reader, "charger_disconnected");
        Assert.Equal("CP-SSE-TX", disconnected.GetProperty("charger_id").GetString());
    }

    [Fact]
    public async Task Events_SendKeepAliveCommentsWhenIdle()
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Api:EventsKeepAlive"] = "00:00:01" });
        using var stream = await running.Api.Http.GetAsync("api/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(), Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var line = await reader.ReadLineAsync(timeout.Token);

        Assert.Equal(": keep-alive", line);
    }

    /// <summary>Reads server-sent events until one named <paramref name="wanted"/> arrives (earlier ones are skipped).</summary>
    private static async Task<(string Name, System.Text.Json.JsonElement Data)> NextEventAsync(StreamReader reader, string wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? name = null;
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The event stream ended.");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == wanted)
            {
                return (name, System.Text.Json.JsonDocument.Parse(line["data: ".Length..]).RootElement);
            }
        }
    }
}
