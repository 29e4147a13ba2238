using System.Diagnostics;
using SharpCharge.Cluster.Tests.Support;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>
/// Runs the central system as a child process (the built SharpCharge.Csms.dll) under a steady load of real stations
/// on 1.6, 2.0.1 and 2.1, kills it with SIGKILL at random moments of a seeded schedule, restarts it on the same ports
/// and lets the stations reconnect and replay their queues. When the kills are done the stations finish their
/// sessions and drain their queues; the caller then compares them with the database (<see cref="CrashVerifier"/>).
/// </summary>
internal sealed class CrashHarness(StorageBackend storage, CrashRunSettings settings, Action<string> log)
{
    private static readonly OcppVersion[] Versions = [OcppVersion.V16, OcppVersion.V201, OcppVersion.V21];

    public List<CrashLoadStation> Stations { get; } = [];

    public int Kills { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public async Task RunAsync(string queueFolder)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(settings.Seed);
        var apiPort = ExternalProcess.FreePort();
        var ocppPort = ExternalProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = storage.Provider.ToString(),
            ["Storage__ConnectionString"] = storage.ConnectionString,
            ["Ocpp__UnknownChargers"] = "Accept",
            ["Csms__UnknownIdTokens"] = "Accept",
        };
        // A node that is starting may take a while to answer its first readiness check on a busy machine.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        CsmsNodeProcess? node = await StartAsync(environment, apiPort, ocppPort, http);
        using var stop = new CancellationTokenSource();
        var drivers = new List<Task>();
        try
        {
            var index = 0;
            foreach (var version in Versions)
            {
                for (var i = 0; i < settings.StationsPerVersion; i++)
                {
                    var station = new CrashLoadStation($"CRASH-{version}-{i}", version, ocppPort, queueFolder, settings.Seed + ++index);
                    Stations.Add(station);
                    await station.Station.StartAsync();
                    drivers.Add(station.RunSessionsAsync(stop.Token));
                }
            }

            for (var kill = 1; kill <= settings.Kills; kill++)
            {
                var uptime = CrashRunSettings.MinUptime + ((CrashRunSettings.MaxUptime - CrashRunSettings.MinUptime) * random.NextDouble());
                await Task.Delay(uptime);
                node.Kill();
                Kills++;
                await node.DisposeAsync();
                node = null;
                node = await StartAsync(environment, apiPort, ocppPort, http);
                if (kill % 5 == 0)
                {
                    log($"{kill} kills after {clock.Elapsed.TotalSeconds:F0} s, {Stations.Sum(s => s.Sessions.Count)} sessions so far");
                }
            }

            // The load ends: every station stops its session and sends what it still holds.
            await stop.CancelAsync();
            await Task.WhenAll(drivers);
            await Eventually.TrueAsync(() => Task.FromResult(Stations.All(s => s.Station.IsOnline && s.Station.QueuedMessageCount == 0)), seconds: 120);
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var station in Stations)
            {
                await station.DisposeAsync();
            }

            if (node is not null)
            {
                await node.DisposeAsync();
            }

            Elapsed = clock.Elapsed;
        }
    }

    private static async Task<CsmsNodeProcess> StartAsync(Dictionary<string, string> environment, int apiPort, int ocppPort, HttpClient http)
    {
        var node = CsmsNodeProcess.Start("crash", environment, apiPort, ocppPort);
        try
        {
            // Generous: on a machine busy with other builds a start (migrations included) has taken over a minute.
            await node.WaitReadyAsync(http, TimeSpan.FromSeconds(180));
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }
}
