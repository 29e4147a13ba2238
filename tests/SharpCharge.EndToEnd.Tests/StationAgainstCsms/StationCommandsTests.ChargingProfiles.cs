using System.Globalization;
using System.Net;
using System.Text.Json;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.StationAgainstCsms;

// Stored, versioned charging profiles assigned to a real station, and what the central system shows it has.
public abstract partial class StationCommandsTests
{
    [Fact]
    [Trait("Spec", "1.6 §5.16 SetChargingProfile, §5.5 ClearChargingProfile, §5.7 GetCompositeSchedule; 2.x K01, K08, K09, K10")]
    public async Task StoredProfile_AssignedVersionLimitsTheStationAndShowsAsWhatTheChargerHas()
    {
        var id = Id("STORED");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);
        var charger = $"api/chargers/{id}";
        var start = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture);

        var created = await api.PostAsync("api/charging-profiles", $$$"""{"name":"{{{id}}} day","profile":{"purpose":"tx_default","stack_level":3,"start_schedule":"{{{start}}}","duration_seconds":86400,"periods":[{"start_seconds":0,"limit":5000}]}}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var profileId = created.Body.GetProperty("id").GetInt32();
        var updated = await api.OkAsync(HttpMethod.Put, $"api/charging-profiles/{profileId}", $$$"""{"name":"{{{id}}} day","profile":{"purpose":"tx_default","stack_level":3,"start_schedule":"{{{start}}}","duration_seconds":86400,"periods":[{"start_seconds":0,"limit":4000}]}}""");
        Assert.Equal((1, 2), (created.Body.GetProperty("version").GetInt32(), updated.GetProperty("version").GetInt32()));
        Assert.Equal("Absolute", Str(updated.GetProperty("profile"), "kind"));

        var assigned = await api.OkAsync(HttpMethod.Post, $"{charger}/charging-profiles/assignments", $$"""{"profile_id":{{profileId}},"evse_id":1}""");
        Assert.Equal(("success", "Accepted", 2), (Str(assigned, "outcome"), Str(assigned, "status"), assigned.GetProperty("profile_version").GetInt32()));

        // The charger's own composite schedule and the central system's prediction from what it has agree.
        var schedule = await api.OkAsync(HttpMethod.Get, $"{charger}/composite-schedule?evse_id=1&duration=600&rate_unit=W&predicted=true");
        Assert.Equal(4000m, schedule.GetProperty("periods")[0].GetProperty("limit").GetDecimal());
        Assert.Equal(Periods(schedule), Periods(schedule.GetProperty("predicted")));

        var has = await api.OkAsync(HttpMethod.Get, $"{charger}/charging-profiles");
        var limitNow = Assert.Single(has.GetProperty("limits_now").EnumerateArray());
        Assert.Equal((1, 4m, "operator", "sent"), (limitNow.GetProperty("evse_id").GetInt32(), limitNow.GetProperty("limit_kw").GetDecimal(), Str(limitNow, "source"), Str(limitNow, "origin")));

        if (Version == OcppVersion.V16)
        {
            // 1.6 cannot be asked: what the charger has is what it accepted.
            var (status, _) = await api.PostAsync($"{charger}/charging-profiles/report");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        }
        else
        {
            var report = await api.OkAsync(HttpMethod.Post, $"{charger}/charging-profiles/report");
            Assert.Equal(("success", "Accepted"), (Str(report, "status"), Str(report, "charger_status")));
            await Eventually.TrueAsync(async () => (await api.OkAsync(HttpMethod.Get, $"{charger}/charging-profiles")).GetProperty("profiles").EnumerateArray()
                .Any(p => Str(p, "origin") == "reported" && Str(p, "limit_source") == "CSO" && p.GetProperty("profile").GetProperty("id").GetInt32() == profileId));
        }

        var unassigned = await api.OkAsync(HttpMethod.Delete, $"{charger}/charging-profiles/assignments/{profileId}");
        Assert.Equal("Accepted", Str(unassigned, "charger_status"));
        var after = await api.OkAsync(HttpMethod.Get, $"{charger}/charging-profiles");
        Assert.DoesNotContain(after.GetProperty("profiles").EnumerateArray(), p => Str(p, "origin") == "sent");
        Assert.Equal(JsonValueKind.String, after.GetProperty("history")[0].GetProperty("cleared_at").ValueKind);
        var cleared = await api.OkAsync(HttpMethod.Get, $"{charger}/composite-schedule?evse_id=1&duration=600&rate_unit=W");
        Assert.True(cleared.GetProperty("periods")[0].GetProperty("limit").GetDecimal() > 4000m);
    }

    [Fact]
    [Trait("Spec", "1.6 §3.13.1 (ChargePointMaxProfile on connector 0, TxProfile only with a transaction); K01.FR.16, K01.FR.09, K01.FR.35, K01.FR.19")]
    public async Task StoredProfile_BadInput_IsAProblemNamingTheField()
    {
        var id = Id("BADPROFILE");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);
        var charger = $"api/chargers/{id}";

        var unordered = await api.PostAsync("api/charging-profiles", """{"profile":{"purpose":"tx","periods":[{"start_seconds":0,"limit":10},{"start_seconds":0,"limit":5}]}}""");
        AssertField(unordered, "profile.periods[1].start_seconds");
        var phase = await api.PostAsync("api/charging-profiles", """{"profile":{"purpose":"tx","rate_unit":"A","periods":[{"start_seconds":0,"limit":16,"number_phases":3,"phase_to_use":2}]}}""");
        AssertField(phase, "profile.periods[0].phase_to_use");
        var bound = await api.PostAsync("api/charging-profiles", """{"profile":{"purpose":"tx","transaction_id":5,"periods":[{"start_seconds":0,"limit":10}]}}""");
        AssertField(bound, "profile.transaction_id");

        var max = await CreateAsync(api, """{"purpose":"charger_max","start_schedule":"2025-01-01T00:00:00Z","recurrency":"daily","periods":[{"start_seconds":0,"limit":11000}]}""");
        AssertField(await api.PostAsync($"{charger}/charging-profiles/assignments", $$"""{"profile_id":{{max}},"evse_id":1}"""), "evse_id");
        var tx = await CreateAsync(api, """{"purpose":"tx","periods":[{"start_seconds":0,"limit":7000}]}""");
        AssertField(await api.PostAsync($"{charger}/charging-profiles/assignments", $$"""{"profile_id":{{tx}},"evse_id":1}"""), "transaction_id");
        AssertField(await api.PostAsync($"{charger}/charging-profiles/assignments", $$"""{"profile_id":{{tx}},"evse_id":0}"""), "evse_id");
        AssertField(await api.PostAsync($"{charger}/charging-profiles/assignments", """{"evse_id":1}"""), "profile_id");
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"{charger}/charging-profiles/assignments", """{"profile_id":999999,"evse_id":1}""")).Status);

        var onePhase = await CreateAsync(api, """{"purpose":"tx_default","rate_unit":"A","periods":[{"start_seconds":0,"limit":16,"number_phases":1,"phase_to_use":2}]}""");
        var phased = await api.PostAsync($"{charger}/charging-profiles/assignments", $$"""{"profile_id":{{onePhase}},"evse_id":1}""");
        if (Version == OcppVersion.V16)
        {
            AssertField(phased, "profile.periods[0].phase_to_use");
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, phased.Status);
        }

        // Nothing refused here reached the charger's history as sent.
        var history = (await api.OkAsync(HttpMethod.Get, $"{charger}/charging-profiles")).GetProperty("history");
        Assert.Equal(Version == OcppVersion.V16 ? 0 : 1, history.GetArrayLength());
    }

    private static async Task<int> CreateAsync(CommandApi api, string profile)
    {
        var (status, body) = await api.PostAsync("api/charging-profiles", $$$"""{"profile":{{{profile}}}}""");
        Assert.Equal(HttpStatusCode.Created, status);
        return body.GetProperty("id").GetInt32();
    }

    private static void AssertField((HttpStatusCode Status, JsonElement Body) problem, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.True(problem.Body.GetProperty("errors").TryGetProperty(field, out _), problem.Body.ToString());
    }

    private static List<(int Start, decimal Limit)> Periods(JsonElement schedule)
        => [.. schedule.GetProperty("periods").EnumerateArray().Select(p => (p.GetProperty("start_seconds").GetInt32(), p.GetProperty("limit").GetDecimal()))];
}
