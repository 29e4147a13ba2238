using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using SharpCharge.Cluster.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Station;
using Xunit.Abstractions;

namespace SharpCharge.Cluster.Tests;

/// <summary>
/// The issue's "done means": two nodes on one PostgreSQL database and one RabbitMQ broker behind HAProxy, 200 chargers
/// (half 1.6, half 2.0.1) spread over both; every charger gets a remote start through the REST API of the node that
/// does not hold it; then one node is SIGKILLed while the sessions run, its chargers end their sessions offline,
/// reconnect to the other node and deliver what they queued; nothing is lost or stored twice.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterEndToEndTests
{
    private const int Chargers = 200;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly ClusterServersFixture _servers;
    private readonly ITestOutputHelper _output;

    public ClusterEndToEndTests(ClusterServersFixture servers, ITestOutputHelper output)
    {
        _servers = servers;
        _output = output;
    }

    [Fact]
    [Trait("Issue", "8")]
    public async Task TwoNodes_RemoteStartAcrossNodesThenNodeKilled_EveryCommandAnsweredAndNoTransactionLost()
    {
        var database = await TestDatabase.CreateAsync(_servers.Postgres.ConnectionString);
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database + ";Maximum Pool Size=40",
            ["Cluster__Enabled"] = "true",
            ["Cluster__RabbitMqUri"] = _servers.RabbitMq.Uri,
            ["Cluster__NodeLease"] = "00:00:20",
            ["Cluster__LeaseRenewInterval"] = "00:00:02",
            ["Ocpp__UnknownChargers"] = "Accept",
            ["Ocpp__CallTimeout"] = "00:00:10",
            ["Csms__UnknownIdTokens"] = "Accept",
            ["Commands__TransactionStartWaitSeconds"] = "15",
        };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        await using var nodeA = CsmsNodeProcess.Start("node-a", settings);
        await nodeA.WaitReadyAsync(http, Patience);
        await using var nodeB = CsmsNodeProcess.Start("node-b", settings);
        await nodeB.WaitReadyAsync(http, Patience);
        CsmsNodeProcess[] nodes = [nodeA, nodeB];
        await using var haproxy = await HaproxyServer.StartAsync([nodeA.OcppPort, nodeB.OcppPort]);

        using var watching = new CancellationTokenSource();
        var leases = WatchLeasesAsync(database, watching.Token);
        var remoteStarts = new ConcurrentDictionary<string, int>();
        var stations = Enumerable.Range(1, Chargers).Select(i => NewStation(i, haproxy.Port, remoteStarts)).ToList();
        try
        {
            await Task.WhenAll(stations.Select(s => s.StartAsync()));
            await Until(() => stations.All(s => s.IsOnline && s.Registration == RegistrationState.Accepted), "every charger online and accepted");
            await Until(async () => await OnlineCountAsync(http, nodeA) == Chargers, "node A's API showing every charger online", () => DescribeOfflineAsync(database));

            // Spread: both nodes hold chargers, and every one is held by exactly one node.
            var owners = await OwnersAsync(database);
            Assert.Equal(Chargers, owners.Count);
            var held = owners.GroupBy(o => o.Value).ToDictionary(g => g.Key, g => g.Count());
            _output.WriteLine($"Chargers per node: {string.Join(", ", held.Select(h => $"{h.Key} {h.Value}"))}");
            Assert.True(held.GetValueOrDefault("node-a") >= Chargers / 5 && held.GetValueOrDefault("node-b") >= Chargers / 5, "HAProxy spread the chargers over both nodes");

            // Every charger gets a remote start through the node that does NOT hold it.
            var latencies = new ConcurrentBag<double>();
            using var gate = new SemaphoreSlim(16);
            var answers = await Task.WhenAll(stations.Select(async s =>
            {
                await gate.WaitAsync();
                try
                {
                    var other = owners[s.Id.ToLowerInvariant()] == "node-a" ? nodeB : nodeA;
                    var watch = Stopwatch.StartNew();
                    using var response = await http.PostAsJsonAsync(
                        new Uri(other.ApiBase, $"/api/chargers/{s.Id}/start"), new { id_token = "TAG-" + s.Id, evse_id = 1 });
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.True(response.IsSuccessStatusCode, $"{s.Id} through {other.NodeId}: {(int)response.StatusCode} {body}");
                    return (s.Id, Body: JsonDocument.Parse(body).RootElement.Clone());
                }
                finally
                {
                    gate.Release();
                }
            }));

            foreach (var (id, body) in answers)
            {
                Assert.Equal("success", body.GetProperty("status").GetString());
                Assert.True(body.GetProperty("transaction_id").ValueKind == JsonValueKind.Number, $"{id}: no session in the answer: {body}");
                Assert.Equal(1, remoteStarts.GetValueOrDefault(id));
            }

            var sorted = latencies.Order().ToArray();
            var p50 = sorted[(int)(sorted.Length * 0.50)];
            var p99 = sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.99))];
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Remote start across nodes (REST -> other node -> charger -> session recorded -> REST answer), {sorted.Length} calls, 16 at a time: p50 {p50:0.0} ms, p99 {p99:0.0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Cluster cross-node remote start round trip: p50 {p50:0.0} ms, p99 {p99:0.0} ms ({sorted.Length} calls)"));

            // Let the sessions run (meter values), then kill node A mid-session.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var victims = stations.Where(s => owners[s.Id.ToLowerInvariant()] == "node-a").ToList();
            nodeA.Kill();
            await Until(() => victims.All(s => !s.IsOnline), "node A's chargers noticing the lost connection");

            // Sessions end while their chargers are offline: the stops wait in the chargers' queues.
            foreach (var victim in victims)
            {
                Assert.True(victim.StopSession(1), $"{victim.Id} had no session to stop");
            }

            await Until(() => stations.All(s => s.IsOnline && s.Registration == RegistrationState.Accepted), "every charger back online through node B");
            await Until(async () => await OnlineCountAsync(http, nodeB) == Chargers, "node B's API showing every charger online again", () => DescribeOfflineAsync(database));
            Assert.All((await OwnersAsync(database)).Values, node => Assert.Equal("node-b", node));

            foreach (var survivor in stations.Except(victims))
            {
                Assert.True(survivor.StopSession(1), $"{survivor.Id} had no session to stop");
            }

            await Until(() => stations.All(s => s.QueuedMessageCount == 0), "every charger's queue delivered");
            await Until(async () => (await TransactionsAsync(database)).Count(t => t.State == "Ended") == Chargers, "every session ended in the database");

            // Exactly once: one session per charger, each ended, and each 2.x session's events numbered without gap.
            var transactions = await TransactionsAsync(database);
            Assert.Equal(Chargers, transactions.Count);
            Assert.Equal(Chargers, transactions.Select(t => t.ChargerId).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(transactions, t => Assert.True(t.State == "Ended" && t.EnergyWh > 0, $"{t.ChargerId}: {t.State}, {t.EnergyWh} Wh"));
            foreach (var (transactionId, count, minSeq, maxSeq) in await EventSequencesAsync(database))
            {
                Assert.True(minSeq == 0 && maxSeq == count - 1, $"transaction {transactionId}: {count} events numbered {minSeq}..{maxSeq}");
            }

            // The victims' stops travelled in their queues through the reconnect and were stored once.
            var offlineEnds = await OfflineEndedAsync(database);
            Assert.Equal(victims.Count(v => v.Version != OcppVersion.V16), offlineEnds);
        }
        catch
        {
            await watching.CancelAsync();
            _output.WriteLine("leases:\n" + await leases);
            _output.WriteLine("node-a:\n" + nodeA.Output);
            _output.WriteLine("node-b:\n" + nodeB.Output);
            throw;
        }
        finally
        {
            await Task.WhenAll(stations.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    // A timeline of the node leases as PostgreSQL sees them, for the failure message.
    private static async Task<string> WatchLeasesAsync(string database, CancellationToken cancellationToken)
    {
        var log = new System.Text.StringBuilder();
        try
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync(cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                await using var command = new NpgsqlCommand("SELECT now(), node_id, lease_expires_at FROM cluster_nodes ORDER BY node_id", connection);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var line = new System.Text.StringBuilder();
                while (await reader.ReadAsync(cancellationToken))
                {
                    line.Append(CultureInfo.InvariantCulture, $"{reader.GetDateTime(0):HH:mm:ss.f} {reader.GetString(1)} until {reader.GetDateTime(2):HH:mm:ss.f}; ");
                }

                log.AppendLine(line.ToString());
                await Task.Delay(1000, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Done watching.
        }

        return log.ToString();
    }

    private static ChargingStation NewStation(int number, int haproxyPort, ConcurrentDictionary<string, int> remoteStarts)
    {
        var station = new ChargingStation(new ChargingStationOptions
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"CL{number:0000}"),
            CsmsUri = new Uri($"ws://127.0.0.1:{haproxyPort}/ocpp"),
            Version = number % 2 == 0 ? OcppVersion.V201 : OcppVersion.V16,
            Evses = [1],
            MeterValueInterval = TimeSpan.FromSeconds(1),
            CallTimeout = TimeSpan.FromSeconds(15),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            Reconnect = new ReconnectBackOffOptions { MinimumWait = TimeSpan.FromMilliseconds(300), RandomRange = TimeSpan.FromSeconds(1), RepeatTimes = 1 },
            RandomSeed = number,
        });
        station.EventOccurred += (_, e) =>
        {
            if (e.Kind == StationEventKind.RemoteStartReceived)
            {
                remoteStarts.AddOrUpdate(station.Id, 1, (_, n) => n + 1);
            }
        };
        return station;
    }

    private static async Task<int> OnlineCountAsync(HttpClient http, CsmsNodeProcess node)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(node.ApiBase, "/api/chargers?online=true&limit=1000")));
        return document.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<Dictionary<string, string>> OwnersAsync(string database)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT charger_id, node_id FROM charger_owners", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            owners[reader.GetString(0)] = reader.GetString(1);
        }

        return owners;
    }

    private static async Task<List<(string ChargerId, string State, decimal EnergyWh)>> TransactionsAsync(string database)
    {
        var rows = new List<(string, string, decimal)>();
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT charger_id, state, COALESCE(energy_wh, last_meter_wh - meter_start_wh, 0) FROM transactions", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetDecimal(2)));
        }

        return rows;
    }

    private static async Task<List<(long TransactionId, long Count, int MinSeq, int MaxSeq)>> EventSequencesAsync(string database)
    {
        var rows = new List<(long, long, int, int)>();
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT transaction_id, count(*), min(seq_no), max(seq_no) FROM transaction_events GROUP BY transaction_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3)));
        }

        return rows;
    }

    private static async Task<long> OfflineEndedAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM transaction_events WHERE event_type = 'Ended' AND offline", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> DescribeOfflineAsync(string database)
    {
        var text = new System.Text.StringBuilder();
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT c.id, c.connected_at, c.disconnected_at, o.node_id, o.claimed_at FROM chargers c LEFT JOIN charger_owners o ON o.charger_id = lower(c.id) WHERE NOT c.online ORDER BY c.id LIMIT 20",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"{reader.GetString(0)} connected {reader.GetValue(1):HH:mm:ss.fff} disconnected {reader.GetValue(2):HH:mm:ss.fff} owner {reader.GetValue(3)} since {reader.GetValue(4):HH:mm:ss.fff}\n");
        }

        return text.ToString();
    }

    private static Task Until(Func<bool> condition, string what) => Until(() => Task.FromResult(condition()), what);

    private static async Task Until(Func<Task<bool>> condition, string what, Func<Task<string>>? describe = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds} s for {what}.\n{(describe is null ? string.Empty : await describe())}");
            }

            await Task.Delay(250);
        }
    }
}
