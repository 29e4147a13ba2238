using System.Globalization;
using System.Text.RegularExpressions;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests;

/// <summary><c>GET /metrics</c>: Prometheus text that parses, with counters that move with charger traffic.</summary>
public abstract partial class CsmsEndToEndTests
{
    // One sample line of the text exposition format: name, optional {labels}, a number.
    private static readonly Regex SampleLine = new(
        """^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*"(,[a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*")*)?\})? -?([0-9.eE+-]+|NaN|\+Inf|-Inf)$""",
        RegexOptions.CultureInvariant);

    [Fact]
    public async Task Metrics_AreValidPrometheusText_AndCountChargerTraffic()
    {
        await using var running = await RunAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{running.Server.ApiPort}") };

        var before = await ScrapeAsync(http);
        await using (var charger = await RawCharger.ConnectAsync(running.Server, "CP-METRICS", OcppVersion.V16))
        {
            await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16));
            await charger.CallAsync("Heartbeat", "{}");
            await charger.CallAsync("Heartbeat", "{}");
            await charger.CallErrorAsync("NoSuchAction", "{}");

            var during = await ScrapeAsync(http);
            Assert.Equal(1, Value(during, "csms_chargers_connected", """ocpp_version="1.6" """.Trim()));
            Assert.Equal(2, Value(during, "ocpp_calls_handled_total", """ocpp_action="Heartbeat",ocpp_result="callresult",ocpp_version="1.6" """.Trim())
                - Value(before, "ocpp_calls_handled_total", """ocpp_action="Heartbeat",ocpp_result="callresult",ocpp_version="1.6" """.Trim()));
            Assert.Equal(1, Value(during, "ocpp_callerrors_sent_total", """ocpp_error_code="NotImplemented",ocpp_version="1.6" """.Trim())
                - Value(before, "ocpp_callerrors_sent_total", """ocpp_error_code="NotImplemented",ocpp_version="1.6" """.Trim()));
            Assert.True(Value(during, "ocpp_handler_duration_seconds_count", """ocpp_action="BootNotification",ocpp_version="1.6" """.Trim()) >= 1);
        }

        await Eventually.TrueAsync(async () => Value(await ScrapeAsync(http), "csms_chargers_connected", """ocpp_version="1.6" """.Trim()) == 0);
        var after = await ScrapeAsync(http);
        Assert.Contains(after.Keys, k => k.StartsWith("csms_websocket_closes_total{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_CountOfflineReplays_DatabaseBatches_AndClosesByReason()
    {
        await using var running = await RunAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{running.Server.ApiPort}") };
        var before = await ScrapeAsync(http);
        await using (var charger = await RawCharger.ConnectAsync(running.Server, "CP-OFFLINE", OcppVersion.V201))
        {
            await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));
            // E04: a transaction message queued while offline carries offline=true; a live one does not count.
            var now = DateTimeOffset.UtcNow.AddSeconds(5).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            await charger.CallAsync("TransactionEvent", """{"eventType":"Started","timestamp":"2025-06-01T12:00:00Z","triggerReason":"CablePluggedIn","seqNo":0,"offline":true,"transactionInfo":{"transactionId":"TX-OFF"}}""");
            await charger.CallAsync("TransactionEvent", $$$"""{"eventType":"Updated","timestamp":"{{{now}}}","triggerReason":"MeterValuePeriodic","seqNo":1,"transactionInfo":{"transactionId":"TX-OFF"}}""");
        }

        await using (var charger16 = await RawCharger.ConnectAsync(running.Server, "CP-OFFLINE-16", OcppVersion.V16))
        {
            await charger16.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16));
            // 1.6 has no flag: a StartTransaction stamped before this connection opened was queued offline.
            await charger16.CallAsync("StartTransaction", """{"connectorId":1,"idTag":"TAG-OFF","meterStart":0,"timestamp":"2025-06-01T12:00:00Z"}""");
        }

        await Eventually.TrueAsync(async () => Value(await ScrapeAsync(http), "csms_chargers_connected", """ocpp_version="1.6" """.Trim()) == 0);
        var after = await ScrapeAsync(http);
        Assert.Equal(1, Value(after, "csms_offline_queue_replays_total", """ocpp_version="2.0.1" """.Trim()) - Value(before, "csms_offline_queue_replays_total", """ocpp_version="2.0.1" """.Trim()));
        Assert.Equal(1, Value(after, "csms_offline_queue_replays_total", """ocpp_version="1.6" """.Trim()) - Value(before, "csms_offline_queue_replays_total", """ocpp_version="1.6" """.Trim()));
        Assert.True(Value(after, "csms_db_batch_size_count", string.Empty) > Value(before, "csms_db_batch_size_count", string.Empty), "the transaction writes went through the group commit");
        Assert.True(after.Where(s => s.Key.StartsWith("csms_websocket_closes_total{", StringComparison.Ordinal)).Sum(s => s.Value) >= 2, "both chargers' closes are counted");
        Assert.True(Value(after, "ocpp_calls_handled_total", """ocpp_action="TransactionEvent",ocpp_result="callresult",ocpp_version="2.0.1" """.Trim()) >= 2);
    }

    /// <summary>Reads every sample of the scrape, failing on any line that is not valid exposition text.</summary>
    private static async Task<Dictionary<string, double>> ScrapeAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("# HELP ", StringComparison.Ordinal) || line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                continue;
            }

            Assert.Matches(SampleLine, line);
            var space = line.LastIndexOf(' ');
            Assert.True(samples.TryAdd(line[..space], double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture)), $"Duplicate series: {line}");
        }

        return samples;
    }

    private static double Value(Dictionary<string, double> samples, string name, string labels)
        => samples.TryGetValue(labels.Length == 0 ? name : $"{name}{{{labels}}}", out var value) ? value : 0;
}
