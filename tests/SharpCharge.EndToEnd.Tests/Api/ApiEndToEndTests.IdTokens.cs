using System.Net;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.Api;

public abstract partial class ApiEndToEndTests
{
    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task IdTokens_CreateBlockExpireDelete_ChangeWhatChargersAreTold(OcppVersion version)
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Csms:UnknownIdTokens"] = "Invalid" });
        await using var charger = await BootedAsync(running.Server, "CP-TOKENS", version);

        var created = await running.Api.PostAsync("api/id-tokens", """{"id_token":"CARD-1","type":"ISO14443","group_id":"FLEET","allow_concurrent_transactions":true}""");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("accepted", created.Json.GetProperty("status").GetString());
        Assert.Equal("FLEET", created.Json.GetProperty("group_id").GetString());
        Assert.True(created.Json.GetProperty("allow_concurrent_transactions").GetBoolean());
        Assert.Equal("Accepted", Payloads.AuthorizationStatus(version, await charger.CallAsync("Authorize", Payloads.Authorize(version, "CARD-1"))));

        var blocked = await running.Api.PatchAsync("api/id-tokens/card-1", """{"status":"blocked"}""");
        Assert.Equal("blocked", blocked.Json.GetProperty("status").GetString());
        Assert.Equal("FLEET", blocked.Json.GetProperty("group_id").GetString());
        Assert.Equal("Blocked", Payloads.AuthorizationStatus(version, await charger.CallAsync("Authorize", Payloads.Authorize(version, "CARD-1"))));

        var expired = await running.Api.PatchAsync("api/id-tokens/CARD-1", """{"status":"accepted","expires_at":"2020-01-01T00:00:00Z"}""");
        Assert.Equal(HttpStatusCode.OK, expired.Status);
        Assert.Equal("Expired", Payloads.AuthorizationStatus(version, await charger.CallAsync("Authorize", Payloads.Authorize(version, "CARD-1"))));
        var renewed = await running.Api.PatchAsync("api/id-tokens/CARD-1", """{"expires_at":""}""");
        Assert.Equal(JsonValueKindNull, renewed.Json.GetProperty("expires_at").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await running.Api.DeleteAsync("api/id-tokens/CARD-1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await running.Api.GetAsync("api/id-tokens/CARD-1")).Status);
        Assert.Equal("Invalid", Payloads.AuthorizationStatus(version, await charger.CallAsync("Authorize", Payloads.Authorize(version, "CARD-1"))));
    }

    [Fact]
    public async Task IdTokens_ListFiltersByStatus_AndInvalidInputNamesTheField()
    {
        await using var running = await RunAsync();
        await running.Api.PostAsync("api/id-tokens", """{"id_token":"A"}""");
        await running.Api.PostAsync("api/id-tokens", """{"id_token":"B","status":"blocked"}""");

        var blocked = await running.Api.GetOkAsync("api/id-tokens?status=blocked");

        Assert.Equal("B", Assert.Single(blocked.GetProperty("items").EnumerateArray()).GetProperty("id_token").GetString());
        Assert.Equal(2, (await running.Api.GetOkAsync("api/id-tokens")).GetProperty("total").GetInt32());
        Assert.Equal(["id_token"], (await running.Api.PostAsync("api/id-tokens", """{"status":"accepted"}""")).ErrorFields);
        Assert.Equal(["id_token"], (await running.Api.PostAsync("api/id-tokens", $$"""{"id_token":"{{new string('t', 37)}}"}""")).ErrorFields);
        Assert.Equal(["status"], (await running.Api.PostAsync("api/id-tokens", """{"id_token":"C","status":"concurrent_tx"}""")).ErrorFields);
        Assert.Equal(["status"], (await running.Api.PostAsync("api/id-tokens", """{"id_token":"C","status":"lost"}""")).ErrorFields);
        Assert.Equal(["expires_at"], (await running.Api.PatchAsync("api/id-tokens/A", """{"expires_at":"soon"}""")).ErrorFields);
        Assert.Equal(["status"], (await running.Api.GetAsync("api/id-tokens?status=lost")).ErrorFields);
        Assert.Equal(HttpStatusCode.Conflict, (await running.Api.PostAsync("api/id-tokens", """{"id_token":"a"}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await running.Api.PatchAsync("api/id-tokens/NOPE", "{}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await running.Api.DeleteAsync("api/id-tokens/NOPE")).Status);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
