using System.Net;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.Api;

public abstract partial class ApiEndToEndTests
{
    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task Messages_WithTheProtocolLogOn_ListEveryFrameNewestFirst_InPages(OcppVersion version)
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Csms:ProtocolLogEnabled"] = "true" });
        await running.Api.PostAsync("api/chargers", """{"id":"CP-LOG"}""");
        await using var charger = await BootedAsync(running.Server, "CP-LOG", version);
        await charger.CallAsync("Heartbeat", "{}");

        // Boot and heartbeat, each a CALL in and a CALLRESULT out; the log is written in the background.
        await Eventually.TrueAsync(async () =>
            (await running.Api.GetOkAsync("api/chargers/CP-LOG/messages")).GetProperty("items").GetArrayLength() == 4);
        var first = await running.Api.GetOkAsync("api/chargers/CP-LOG/messages?limit=2");
        var second = await running.Api.GetOkAsync($"api/chargers/CP-LOG/messages?limit=2&before_id={first.GetProperty("next_before_id").GetInt64()}");

        var newest = first.GetProperty("items")[0];
        Assert.Equal("outgoing", newest.GetProperty("direction").GetString());
        Assert.Equal("call_result", newest.GetProperty("message_type").GetString());
        Assert.Equal(3, newest.GetProperty("frame")[0].GetInt32());
        var heartbeat = first.GetProperty("items")[1];
        Assert.Equal("incoming", heartbeat.GetProperty("direction").GetString());
        Assert.Equal("call", heartbeat.GetProperty("message_type").GetString());
        Assert.Equal("Heartbeat", heartbeat.GetProperty("action").GetString());
        Assert.Equal(heartbeat.GetProperty("message_id").GetString(), newest.GetProperty("message_id").GetString());
        Assert.Equal("BootNotification", second.GetProperty("items")[1].GetProperty("action").GetString());
        var last = await running.Api.GetOkAsync($"api/chargers/CP-LOG/messages?before_id={second.GetProperty("items")[1].GetProperty("id").GetInt64()}");
        Assert.Empty(last.GetProperty("items").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, last.GetProperty("next_before_id").ValueKind);
    }

    [Fact]
    public async Task Messages_WithTheProtocolLogOff_AreEmpty_AndUnknownChargerIs404()
    {
        await using var running = await RunAsync();
        await using var charger = await BootedAsync(running.Server, "CP-NOLOG", OcppVersion.V16);

        var messages = await running.Api.GetOkAsync("api/chargers/CP-NOLOG/messages");

        Assert.Empty(messages.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await running.Api.GetAsync("api/chargers/NOPE/messages")).Status);
        Assert.Equal(["limit"], (await running.Api.GetAsync("api/chargers/CP-NOLOG/messages?limit=0")).ErrorFields);
    }
}
