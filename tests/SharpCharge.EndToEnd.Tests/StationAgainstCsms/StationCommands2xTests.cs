using SharpCharge.Csms.Domain.Events;
using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.StationAgainstCsms;

/// <summary>The commands only 2.0.1 and 2.1 have: display messages, running cost and device model reports.</summary>
public abstract class StationCommands2xTests(CsmsForStations csms) : StationCommandsTests(csms)
{
    [Fact]
    [Trait("Spec", "2.x O01 SetDisplayMessage, O05 ClearDisplayMessage")]
    public async Task DisplayMessages_SetShowsOnTheStation_ClearRemovesIt()
    {
        var id = Id("DISPLAY");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);
        var charger = $"api/chargers/{id}";

        var set = await api.OkAsync(HttpMethod.Post, $"{charger}/display-messages", """{"id":5,"message":"Free charging today","priority":"InFront"}""");
        var html = await api.OkAsync(HttpMethod.Post, $"{charger}/display-messages", """{"id":6,"message":"<b>Free</b>","priority":"NormalCycle","format":"HTML"}""");
        var shown = Assert.Single(station.GetDisplayMessages());
        var cleared = await api.OkAsync(HttpMethod.Delete, $"{charger}/display-messages/5");
        var clearedAgain = await api.OkAsync(HttpMethod.Delete, $"{charger}/display-messages/5");

        Assert.Equal("Accepted", Str(set, "charger_status"));
        Assert.Equal("NotSupportedMessageFormat", Str(html, "charger_status"));
        Assert.Equal((5, "Free charging today", "InFront"), (shown.Id, shown.Content, shown.Priority));
        Assert.Equal("Accepted", Str(cleared, "charger_status"));
        Assert.Equal("Unknown", Str(clearedAgain, "charger_status"));
        Assert.Empty(station.GetDisplayMessages());
    }

    [Fact]
    [Trait("Spec", "2.x I02 CostUpdated")]
    public async Task CostUpdated_TheStationKnowsTheRunningCost()
    {
        var id = Id("COST");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);
        var charger = $"api/chargers/{id}";
        var start = await api.OkAsync(HttpMethod.Post, $"{charger}/start", $$"""{"id_token":"{{id}}","evse_id":1}""");
        var transactionId = start.GetProperty("transaction_id").GetInt64();

        var cost = await api.OkAsync(HttpMethod.Post, $"{charger}/cost-updated", $$"""{"transaction_id":{{transactionId}},"total_cost":3.20}""");

        Assert.Equal("success", Str(cost, "status"));
        Assert.Equal(3.20m, station.GetRunningCost(1));
    }

    [Fact]
    [Trait("Spec", "2.x B07 GetBaseReport, NotifyReport")]
    public async Task Report_TheCentralSystemReceivesTheDeviceModel()
    {
        var id = Id("REPORT");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);

        var report = await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/reports", """{"report_base":"ConfigurationInventory"}""");
        var requestId = report.GetProperty("request_id").GetInt32();
        var events = Server.Get<IChargerEventService>();
        await Eventually.TrueAsync(async () => (await events.ListNotificationsAsync(id, ChargerNotificationKind.NotifyReport, requestId, 100, CancellationToken.None)).Count > 0
                                               && station.QueuedMessageCount == 0);

        Assert.Equal("Accepted", Str(report, "charger_status"));
        var parts = await events.ListNotificationsAsync(id, ChargerNotificationKind.NotifyReport, requestId, 100, CancellationToken.None);
        Assert.Contains(parts, p => p.Report.PayloadJson.Contains("HeartbeatInterval", StringComparison.Ordinal));
    }
}
