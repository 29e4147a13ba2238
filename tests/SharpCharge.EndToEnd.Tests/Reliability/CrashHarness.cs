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

    /// <summary>How long the stations may take to reconnect and send what they hold once the kills are over.</summary>
    private static readonly TimeSpan DrainPatience = TimeSpan.FromSeconds(120);

    public List<CrashLoadStation> Stations { get; } = [];

    public int Kills { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    /// <summary>How long each restart took, from the new process's start to its first answered readiness check.</summary>
    public List<TimeSpan> Restarts { get; } = [];

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
                var restart = Stopwatch.StartNew();
                node = await StartAsync(environment, apiPort, ocppPort, http);
                Restarts.Add(restart.Elapsed);
                if (kill % 5 == 0)
                {
                    log($"{kill} kills after {clock.Elapsed.TotalSeconds:F0} s, {Stations.Sum(s => s.Sessions.Count)} sessions so far");
                }
            }

            // The load ends: every station stops its session and sends what it still holds.
            await stop.CancelAsync();
            try
            {
                await Task.WhenAll(drivers).WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                Assert.Fail("The stations' session loops did not end within 60 s of being told to stop.");
            }

            var draining = Stopwatch.StartNew();
            while (Stations.Any(s => !s.Station.IsOnline || s.Station.QueuedMessageCount > 0))
            {
                Assert.True(
                    draining.Elapsed < DrainPatience,
                    $"{DrainPatience.TotalSeconds} s after the last restart some stations are still offline or hold queued messages: " +
                    string.Join(", ", Stations.Where(s => !s.Station.IsOnline || s.Station.QueuedMessageCount > 0).Select(s => $"{s.Id} (online: {s.Station.IsOnline}, queued: {s.Station.QueuedMessageCount})")));
                await Task.Delay(100);
            }
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
