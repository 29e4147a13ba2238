using System.Net;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.Api;

public abstract partial class ApiEndToEndTests
{
    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task Charger_WhileCharging_ShowsConnectorPowerEnergyAndTransaction(OcppVersion version)
    {
        await using var running = await RunAsync();
        await using var charger = await BootedAsync(running.Server, "CP-LIVE", version);
        await charger.CallAsync("StatusNotification", Payloads.Status(version, "Charging", "Occupied"));
        await ChargeAsync(charger, version, "TAG-LIVE", DateTimeOffset.UtcNow.AddMinutes(-15), energyWh: 6000, powerW: 7200, keepRunning: true);

        var body = await running.Api.GetOkAsync("api/chargers/cp-live");

        Assert.Equal("CP-LIVE", body.GetProperty("charger_id").GetString());
        Assert.Equal(version == OcppVersion.V16 ? "1.6" : "2.0.1", body.GetProperty("ocpp_version").GetString());
        Assert.Equal("Acme", body.GetProperty("vendor").GetString());
        Assert.Equal("AC-22", body.GetProperty("model").GetString());
        Assert.Equal("1.2.3", body.GetProperty("firmware_version").GetString());
        Assert.True(body.GetProperty("connected").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, body.GetProperty("last_seen").ValueKind);
        Assert.Equal(version == OcppVersion.V16 ? "charging" : "occupied", body.GetProperty("status").GetString());
        Assert.Equal(7.2m, body.GetProperty("current_power").GetDecimal());
        Assert.Equal(3m, body.GetProperty("energy_accumulated").GetDecimal());
        var transactionId = body.GetProperty("transaction_id").GetInt64();
        var connector = Assert.Single(body.GetProperty("connectors").EnumerateArray());
        Assert.Equal(1, connector.GetProperty("evse_id").GetInt32());
        Assert.Equal(1, connector.GetProperty("connector_id").GetInt32());
        Assert.Equal(7.2m, connector.GetProperty("current_power_kw").GetDecimal());
        Assert.Equal(transactionId, connector.GetProperty("transaction_id").GetInt64());

        // A 2.0.1 connector in use stays Occupied while its session charges (E02.FR.13 puts that in chargingState);
        // asking for the chargers that charge finds it all the same, and asking for occupied ones still does.
        static string[] Ids(System.Text.Json.JsonElement page) =>
            [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("charger_id").GetString()!)];
        Assert.Equal(["CP-LIVE"], Ids(await running.Api.GetOkAsync("api/chargers?status=charging")));
        Assert.Equal(version == OcppVersion.V16 ? [] : ["CP-LIVE"], Ids(await running.Api.GetOkAsync("api/chargers?status=occupied")));
        Assert.Empty(Ids(await running.Api.GetOkAsync("api/chargers?status=available")));
    }

    [Fact]
    public async Task Chargers_List_FiltersByStatusStationAndOnline_AndPages()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/stations", """{"station_id":"DEPOT","name":"Depot"}""");
        Assert.Equal(HttpStatusCode.Created, (await running.Api.PostAsync("api/chargers", """{"id":"CP-A","station_id":"DEPOT"}""")).Status);
        Assert.Equal(HttpStatusCode.Created, (await running.Api.PostAsync("api/chargers", """{"id":"CP-B","station_id":"DEPOT"}""")).Status);
        Assert.Equal(HttpStatusCode.Created, (await running.Api.PostAsync("api/chargers", """{"id":"CP-C"}""")).Status);
        await using var a = await BootedAsync(running.Server, "CP-A", OcppVersion.V16);
        await a.CallAsync("StatusNotification", Payloads.Status(OcppVersion.V16, "Faulted", "Faulted"));
        await using var c = await BootedAsync(running.Server, "CP-C", OcppVersion.V201);
        await c.CallAsync("StatusNotification", Payloads.Status(OcppVersion.V201, "Available", "Available"));

        static string[] Ids(System.Text.Json.JsonElement page) =>
            [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("charger_id").GetString()!)];

        Assert.Equal(["CP-A", "CP-B", "CP-C"], Ids(await running.Api.GetOkAsync("api/chargers")));
        Assert.Equal(["CP-A", "CP-B"], Ids(await running.Api.GetOkAsync("api/chargers?station=DEPOT")));
        Assert.Equal(["CP-A"], Ids(await running.Api.GetOkAsync("api/chargers?status=faulted")));
        Assert.Equal(["CP-A", "CP-C"], Ids(await running.Api.GetOkAsync("api/chargers?online=true")));
        Assert.Equal(["CP-B"], Ids(await running.Api.GetOkAsync("api/chargers?online=false")));
        var second = await running.Api.GetOkAsync("api/chargers?page=2&page_size=2");
        Assert.Equal(["CP-C"], Ids(second));
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal(["CP-B"], Ids(await running.Api.GetOkAsync("api/chargers?limit=1&offset=1")));

        var badStatus = await running.Api.GetAsync("api/chargers?status=sleeping");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.Status);
        Assert.Equal(["status"], badStatus.ErrorFields);
        Assert.Equal(["page"], (await running.Api.GetAsync("api/chargers?page=0")).ErrorFields);
        Assert.Equal(["page"], (await running.Api.GetAsync("api/chargers?page=1&limit=5")).ErrorFields);
    }

    [Fact]
    public async Task Charger_Unknown_Answers404Problem()
    {
        await using var running = await RunAsync();

        var response = await running.Api.GetAsync("api/chargers/NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal("urn:sharpcharge:problem:unknown-charger", response.Json.GetProperty("type").GetString());
        Assert.Contains("NOPE", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await running.Api.PatchAsync("api/chargers/NOPE", "{}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await running.Api.DeleteAsync("api/chargers/NOPE")).Status);
    }

    [Fact]
    public async Task Charger_RegisteredWithPassword_MustAuthenticateWithIt()
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:UnknownChargers"] = "Reject" });
        const string Password = "s3cret-Password-0001";

        var created = await running.Api.PostAsync("api/chargers", $$"""{"id":"CP-PW","password":"{{Password}}","vendor":"Acme","model":"DC-50"}""");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.True(created.Json.GetProperty("has_password").GetBoolean());
        Assert.Equal("DC-50", created.Json.GetProperty("model").GetString());
        Assert.Equal("accepted", created.Json.GetProperty("registration_status").GetString());
        Assert.DoesNotContain(Password, created.Text, StringComparison.Ordinal);
        Assert.Equal(401, await TestCharger.RefusedStatusAsync(running.Server.ChargerUri("CP-PW"), ["ocpp1.6"], "CP-PW", "wrong-password-0000000"));
        await using var charger = await BootedAsync(running.Server, "CP-PW", OcppVersion.V16, Password);
    }

    [Fact]
    public async Task Charger_RegisterInvalid_Answers400NamingTheField()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/chargers", """{"id":"CP-DUP"}""");

        Assert.Equal(["id"], (await running.Api.PostAsync("api/chargers", """{"station_id":"X"}""")).ErrorFields);
        Assert.Equal(["id"], (await running.Api.PostAsync("api/chargers", $$"""{"id":"{{new string('x', 49)}}"}""")).ErrorFields);
        Assert.Equal(["station_id"], (await running.Api.PostAsync("api/chargers", """{"id":"CP-1","station_id":"NOWHERE"}""")).ErrorFields);
        Assert.Equal(["password"], (await running.Api.PostAsync("api/chargers", """{"id":"CP-1","password":"short"}""")).ErrorFields);
        Assert.Equal(["registration_status"], (await running.Api.PostAsync("api/chargers", """{"id":"CP-1","registration_status":"maybe"}""")).ErrorFields);
        var duplicate = await running.Api.PostAsync("api/chargers", """{"id":"cp-dup"}""");
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal("urn:sharpcharge:problem:conflict", duplicate.Json.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Charger_Patch_ChangesStationStatusAndPassword()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/stations", """{"station_id":"S1","name":"One"}""");
        await running.Api.PostAsync("api/chargers", """{"id":"CP-PATCH","station_id":"S1"}""");

        var patched = await running.Api.PatchAsync("api/chargers/CP-PATCH", """{"station_id":"","registration_status":"pending","password":"another-secret-0001"}""");

        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, patched.Json.GetProperty("station_id").ValueKind);
        Assert.Equal("pending", patched.Json.GetProperty("registration_status").GetString());
        Assert.True(patched.Json.GetProperty("has_password").GetBoolean());
        Assert.Equal(["station_id"], (await running.Api.PatchAsync("api/chargers/CP-PATCH", """{"station_id":"NOWHERE"}""")).ErrorFields);
        await using var charger = await RawCharger.ConnectAsync(running.Server, "CP-PATCH", OcppVersion.V16, "another-secret-0001");
        var boot = await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16));
        Assert.Equal("Pending", boot.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Charger_Delete_KeepsItsTransactions_AndRefusesItsNextConnection()
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:UnknownChargers"] = "Reject" });
        await running.Api.PostAsync("api/chargers", """{"id":"CP-GONE"}""");
        string transactionId;
        await using (var charger = await BootedAsync(running.Server, "CP-GONE", OcppVersion.V16))
        {
            transactionId = await ChargeAsync(charger, OcppVersion.V16, "TAG-GONE", DateTimeOffset.UtcNow.AddHours(-1), energyWh: 2000, powerW: 3700);
        }

        var deleted = await running.Api.DeleteAsync("api/chargers/CP-GONE");

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await running.Api.GetAsync("api/chargers/CP-GONE")).Status);
        Assert.Empty((await running.Api.GetOkAsync("api/chargers")).GetProperty("items").EnumerateArray());
        var transaction = await running.Api.GetOkAsync($"api/transactions/{transactionId}");
        Assert.Equal("CP-GONE", transaction.GetProperty("charger_id").GetString());
        Assert.Equal(404, await TestCharger.RefusedStatusAsync(running.Server.ChargerUri("CP-GONE"), ["ocpp1.6"]));

        // Registering the id again brings the charger back, with its history.
        Assert.Equal(HttpStatusCode.Created, (await running.Api.PostAsync("api/chargers", """{"id":"CP-GONE"}""")).Status);
        var again = await running.Api.GetOkAsync("api/transactions?charger=CP-GONE");
        Assert.Equal(1, again.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Charger_DeletedWhileConnected_IsDisconnected()
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:UnknownChargers"] = "Reject" });
        await running.Api.PostAsync("api/chargers", """{"id":"CP-KICK"}""");
        await using var charger = await BootedAsync(running.Server, "CP-KICK", OcppVersion.V201);

        Assert.Equal(HttpStatusCode.NoContent, (await running.Api.DeleteAsync("api/chargers/CP-KICK")).Status);

        Assert.Null(await charger.Socket.ReceiveAsync());
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation, charger.Socket.Socket.CloseStatus);
    }
}
