using System.Diagnostics;
using System.Net;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using V16 = SharpCharge.Ocpp.Messages.V16;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.EndToEnd.Tests;

/// <summary>Commands that do not get a plain answer: offline, refused, CALLERROR, no answer, queued, wrong version, bad input.</summary>
public abstract partial class CsmsEndToEndTests
{
    [Fact]
    public async Task Command_ChargerOffline_Answers409AndStartAnswersOffline()
    {
        await using var running = await RunAsync();
        await running.Server.Get<IChargerService>().RegisterAsync("CP-OFF", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        using var api = new CommandApi(running.Server);

        var (status, problem) = await api.PostAsync("api/chargers/CP-OFF/reset", """{"type":"soft"}""");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("urn:sharpcharge:problem:charger-offline", Str(problem, "type"));

        var start = await api.OkAsync(HttpMethod.Post, "api/chargers/CP-OFF/start", """{"id_token":"TAG-1"}""");
        Assert.Equal("offline", Str(start, "status"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, start.GetProperty("transaction_id").ValueKind);
        Assert.Contains("not connected", Str(start, "reason"), StringComparison.Ordinal);

        var history = await api.OkAsync(HttpMethod.Get, "api/commands?charger_id=CP-OFF");
        Assert.Equal(["start_charging", "reset"], history.GetProperty("items").EnumerateArray().Select(i => JsonNaming(Str(i, "command")!)).ToArray());
        Assert.All(history.GetProperty("items").EnumerateArray(), i => Assert.Equal("offline", Str(i, "outcome")));
    }

    [Fact]
    public async Task Command_UnknownCharger_Answers404()
    {
        await using var running = await RunAsync();
        using var api = new CommandApi(running.Server);

        var (status, problem) = await api.PostAsync("api/chargers/NOBODY/clear-cache");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("urn:sharpcharge:problem:unknown-charger", Str(problem, "type"));
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task Command_ChargerAnswersCallError_Answers502AtOnceWithTheOcppCode(OcppVersion version)
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:CallTimeout"] = "00:00:20" });
        var script = new ScriptedCharger();
        OnClearCache(script, version, (_, _) => throw new OcppCallException(OcppErrorCode.InternalError, "Cache locked"));
        await using var charger = await script.ConnectAsync(running.Server, "CP-ERR", version);
        using var api = new CommandApi(running.Server);

        var clock = Stopwatch.StartNew();
        var (status, problem) = await api.PostAsync("api/chargers/CP-ERR/clear-cache");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"The CALLERROR took {clock.Elapsed} to come back; it must not wait for the 20 s timeout.");
        Assert.Equal(HttpStatusCode.BadGateway, status);
        Assert.Equal(("InternalError", "urn:sharpcharge:problem:charger-error"), (Str(problem, "ocpp_error_code"), Str(problem, "type")));
        Assert.Contains("Cache locked", Str(problem, "detail"), StringComparison.Ordinal);
        var stored = (await api.OkAsync(HttpMethod.Get, "api/commands?charger_id=CP-ERR")).GetProperty("items")[0];
        Assert.Equal(("call_error", "InternalError"), (Str(stored, "outcome"), Str(stored, "error_code")));
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task Command_ChargerNeverAnswers_Answers504AfterTheTimeout(OcppVersion version)
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Ocpp:CallTimeout"] = "00:00:01" });
        var script = new ScriptedCharger();
        OnClearCache(script, version, async (_, context) =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return true;
        });
        await using var charger = await script.ConnectAsync(running.Server, "CP-MUTE", version);
        using var api = new CommandApi(running.Server);

        var clock = Stopwatch.StartNew();
        var (status, problem) = await api.PostAsync("api/chargers/CP-MUTE/clear-cache");

        Assert.Equal(HttpStatusCode.GatewayTimeout, status);
        Assert.Equal("urn:sharpcharge:problem:charger-timeout", Str(problem, "type"));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(15));
        var stored = (await api.OkAsync(HttpMethod.Get, "api/commands?charger_id=CP-MUTE")).GetProperty("items")[0];
        Assert.Equal("timeout", Str(stored, "outcome"));
        Assert.True(stored.GetProperty("duration_ms").GetInt64() >= 900);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task Commands_TwoAtOnceToOneCharger_AreQueuedAndBothAnswered(OcppVersion version)
    {
        await using var running = await RunAsync();
        var script = new ScriptedCharger();
        var inside = 0;
        var mostInside = 0;
        OnClearCache(script, version, async (_, _) =>
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref mostInside, now);
            await Task.Delay(300);
            Interlocked.Decrement(ref inside);
            return true;
        });
        await using var charger = await script.ConnectAsync(running.Server, "CP-QUEUE", version);
        using var api = new CommandApi(running.Server);

        var first = api.PostAsync("api/chargers/CP-QUEUE/clear-cache");
        await Eventually.TrueAsync(() => Task.FromResult(script.Received.Count == 1));
        var second = api.PostAsync("api/chargers/CP-QUEUE/clear-cache");
        var answers = await Task.WhenAll(first, second);

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, "success"), (a.Status, Str(a.Body, "status"))));
        Assert.Equal(2, script.Received.Count);
        Assert.Equal(1, mostInside);
        Assert.True(answers[0].Body.GetProperty("command_id").GetInt64() < answers[1].Body.GetProperty("command_id").GetInt64());
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task Start_ChargerRejects_AnswersRejectedWithoutTransaction(OcppVersion version)
    {
        await using var running = await RunAsync();
        var script = new ScriptedCharger();
        if (version == OcppVersion.V16)
        {
            script.On<V16.RemoteStartTransactionRequest, V16.RemoteStartTransactionResponse>(_ => new() { Status = V16.RemoteStartStopStatus.Rejected });
        }
        else
        {
            script.On<V201.RequestStartTransactionRequest, V201.RequestStartTransactionResponse>(_ => new()
            {
                Status = V201.RequestStartStopStatusEnumType.Rejected,
                StatusInfo = new() { ReasonCode = "Occupied" },
            });
        }

        await using var charger = await script.ConnectAsync(running.Server, "CP-NO", version);
        using var api = new CommandApi(running.Server);

        var start = await api.OkAsync(HttpMethod.Post, "api/chargers/CP-NO/start", """{"id_token":"TAG-1","evse_id":1}""");

        Assert.Equal(("rejected", "Rejected"), (Str(start, "status"), Str(start, "charger_status")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, start.GetProperty("transaction_id").ValueKind);
        Assert.StartsWith("The charger answered Rejected", Str(start, "reason"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OcppVersion.V16, "variables?component=A&variable=B", "2.0.1")]
    [InlineData(OcppVersion.V201, "configuration", "1.6")]
    public async Task Command_NotInTheChargersVersion_Answers422NamingTheVersion(OcppVersion version, string path, string supportedIn)
    {
        await using var running = await RunAsync();
        var script = new ScriptedCharger();
        await using var charger = await script.ConnectAsync(running.Server, "CP-VER", version);
        using var api = new CommandApi(running.Server);

        var (status, problem) = await api.GetAsync($"api/chargers/CP-VER/{path}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(supportedIn, Str(problem, "detail"), StringComparison.Ordinal);
        Assert.Empty(script.Received);
    }

    [Fact]
    public async Task Command_InvalidBody_Answers400NamingTheField()
    {
        await using var running = await RunAsync();
        var script = new ScriptedCharger();
        await using var charger = await script.ConnectAsync(running.Server, "CP-BAD", OcppVersion.V16);
        using var api = new CommandApi(running.Server);

        var (missing, missingProblem) = await api.PostAsync("api/chargers/CP-BAD/start", """{"evse_id":1}""");
        var (badType, badTypeProblem) = await api.PostAsync("api/chargers/CP-BAD/reset", """{"type":"medium"}""");
        // 1.6 idTag is at most 20 characters: nothing is sent, and the field is named.
        var (tooLong, tooLongProblem) = await api.PostAsync("api/chargers/CP-BAD/start", """{"id_token":"ABCDEFGHIJKLMNOPQRSTUVWXYZ"}""");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing, badType, tooLong));
        Assert.True(missingProblem.GetProperty("errors").TryGetProperty("id_token", out _));
        Assert.True(badTypeProblem.GetProperty("errors").TryGetProperty("type", out _));
        Assert.True(tooLongProblem.GetProperty("errors").TryGetProperty("idTag", out _), tooLongProblem.ToString());
        Assert.Empty(script.Received);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task CommandHistory_StoresTheExchange_AndAFollowUpNotificationUpdatesIt(OcppVersion version)
    {
        await using var running = await RunAsync();
        var script = new ScriptedCharger();
        if (version == OcppVersion.V16)
        {
            script.On<V16.UpdateFirmwareRequest, V16.UpdateFirmwareResponse>(_ => new());
        }
        else
        {
            script.On<V201.UpdateFirmwareRequest, V201.UpdateFirmwareResponse>(_ => new() { Status = V201.UpdateFirmwareStatusEnumType.Accepted });
        }

        await using var charger = await script.ConnectAsync(running.Server, "CP-HIST", version);
        if (version == OcppVersion.V16)
        {
            await charger.Connection.CallAsync(new V16.BootNotificationRequest { ChargePointVendor = "Acme", ChargePointModel = "AC-22" });
        }
        else
        {
            await charger.Connection.CallAsync(new V201.BootNotificationRequest { Reason = V201.BootReasonEnumType.PowerUp, ChargingStation = new() { Model = "AC-22", VendorName = "Acme" } });
        }

        using var api = new CommandApi(running.Server);

        var firmware = await api.OkAsync(HttpMethod.Post, "api/chargers/CP-HIST/firmware", """{"location":"https://fw.example/9.bin"}""");
        var requestId = firmware.GetProperty("request_id").GetInt32();
        if (version == OcppVersion.V16)
        {
            await charger.Connection.CallAsync(new V16.FirmwareStatusNotificationRequest { Status = V16.FirmwareStatus.Downloading });
        }
        else
        {
            await charger.Connection.CallAsync(new V201.FirmwareStatusNotificationRequest { Status = V201.FirmwareStatusEnumType.Downloading, RequestId = requestId });
        }

        var stored = await api.OkAsync(HttpMethod.Get, $"api/commands/{firmware.GetProperty("command_id").GetInt64()}");
        Assert.Equal(("UpdateFirmware", "UpdateFirmware", "success", "anonymous"), (Str(stored, "command"), Str(stored, "ocpp_action"), Str(stored, "outcome"), Str(stored, "requested_by")));
        Assert.Equal(version.ToString(), Str(stored, "ocpp_version"));
        Assert.Contains("https://fw.example/9.bin", Str(stored, "request"), StringComparison.Ordinal);
        Assert.NotNull(Str(stored, "response"));
        Assert.True(stored.GetProperty("duration_ms").GetInt64() >= 0);
        Assert.Equal("Downloading", Str(stored, "follow_up_status"));
        var page = await api.OkAsync(HttpMethod.Get, "api/commands?charger_id=cp-hist&limit=1");
        Assert.Equal(firmware.GetProperty("command_id").GetInt64(), page.GetProperty("items")[0].GetProperty("id").GetInt64());
    }

    private static void OnClearCache(ScriptedCharger script, OcppVersion version, Func<object, OcppCallContext, ValueTask<bool>> answer)
    {
        if (version == OcppVersion.V16)
        {
            script.OnAsync<V16.ClearCacheRequest, V16.ClearCacheResponse>(async (r, c) =>
                new() { Status = await answer(r, c) ? V16.ClearCacheStatus.Accepted : V16.ClearCacheStatus.Rejected });
        }
        else
        {
            script.OnAsync<V201.ClearCacheRequest, V201.ClearCacheResponse>(async (r, c) =>
                new() { Status = await answer(r, c) ? V201.ClearCacheStatusEnumType.Accepted : V201.ClearCacheStatusEnumType.Rejected });
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current)
        {
            current = Volatile.Read(ref target);
        }
    }

    private static string JsonNaming(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
