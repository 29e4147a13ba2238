using System.Globalization;

namespace SharpCharge.LoadBench;

/// <summary>The benchmark's scenarios (issue 9, docs/benchmarks.md); each records its figures for one run and target.</summary>
internal sealed class Scenarios(BenchOptions options, LoadDriver driver, List<Measurement> results, Action<string> log)
{
    public static readonly string[] Mixes = ["heartbeat", "meter-values", "start-stop"];

    public static readonly double[] LoadLevels = [0.25, 0.5, 0.75];

    /// <summary>The longest a measured run may take: connecting and booting on a busy machine, warm-up, measurement.</summary>
    private TimeSpan RunLimit => options.Warmup + options.Measure + TimeSpan.FromMinutes(2);

    /// <summary>
    /// Starts the target on a fresh database and lets one charger connect, boot and heartbeat for a second, so the
    /// first measured connections do not pay for the server's just-in-time compilation. The boot storm does not warm
    /// up: a server that restarts is cold, and the storm measures exactly that.
    /// </summary>
    private async Task StartWarmAsync(ServerTarget target, int run)
    {
        await target.StartAsync(fresh: true).ConfigureAwait(false);
        await driver.RunAsync(target, new LoadRequest
        {
            Count = 1,
            IdPrefix = string.Create(CultureInfo.InvariantCulture, $"W{run}"),
            Measure = TimeSpan.FromSeconds(1),
            Duration = RunLimit,
        }).ConfigureAwait(false);
    }

    private void Record(string scenario, string metric, string unit, ServerTarget target, int run, double value)
    {
        results.Add(new Measurement(scenario, metric, unit, target.Name, run, value));
    }

    /// <summary>
    /// Back-to-back round trips of each mix from <see cref="BenchOptions.Concurrency"/> connections. On a central
    /// system the database's size is read before and after each mix, so its growth per call is known.
    /// </summary>
    public async Task ThroughputAsync(ServerTarget target, int run)
    {
        await StartWarmAsync(target, run).ConfigureAwait(false);
        foreach (var mix in Mixes)
        {
            var sizeBefore = target.HasStorage ? await target.DatabaseSizeAsync().ConfigureAwait(false) : 0;

            var figures = await driver.RunAsync(target, new LoadRequest
            {
                Count = options.Concurrency,
                IdPrefix = string.Create(CultureInfo.InvariantCulture, $"T{run}"),
                Mix = mix,
                RampPerSecond = 100_000,
                Warmup = options.Warmup,
                Measure = options.Measure,
                Duration = RunLimit,
            }).ConfigureAwait(false);
            Record("throughput", $"{mix} round trips/s", "rt/s", target, run, figures.CallsPerSecond);
            Record("throughput", $"{mix} p50", "ms", target, run, figures.P50);
            Record("throughput", $"{mix} p95", "ms", target, run, figures.P95);
            Record("throughput", $"{mix} p99", "ms", target, run, figures.P99);
            Record("throughput", $"{mix} p99.9", "ms", target, run, figures.P999);
            Record("throughput", $"{mix} errors", "count", target, run, figures.Errors);
            log(string.Create(CultureInfo.InvariantCulture, $"  {target.Name} {mix}: {figures.CallsPerSecond:N0} round trips/s, p50 {figures.P50:0.00} ms, p99 {figures.P99:0.00} ms, errors {figures.Errors}"));
            if (target.HasStorage)
            {
                var grown = await target.DatabaseSizeAsync().ConfigureAwait(false) - sizeBefore;
                // Every call of the run: boots, status reports and (meter values) the transaction start are a rounding error.
                Record("database", $"bytes per {mix} call", "bytes", target, run, grown / (double)Math.Max(1, figures.Calls));
                log(string.Create(CultureInfo.InvariantCulture, $"  {target.Name} {mix}: database grew {grown:N0} bytes over {figures.Calls:N0} calls"));
            }
        }

        await target.StopAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Heartbeats at 25, 50 and 75 % of the peak this run measured for the target, on steady schedules (open
    /// loop), from the same number of connections: the p99 a charger sees when the server is not saturated.
    /// </summary>
    public async Task LatencyAsync(ServerTarget target, int run)
    {
        await StartWarmAsync(target, run).ConfigureAwait(false);
        var peak = results.LastOrDefault(m => m.Target == target.Name && m.Run == run && m.Metric == "heartbeat round trips/s")?.Value;
        if (peak is null)
        {
            var figures = await driver.RunAsync(target, new LoadRequest { Count = options.Concurrency, IdPrefix = $"P{run}", Warmup = options.Warmup, Measure = options.Measure, Duration = RunLimit }).ConfigureAwait(false);
            peak = figures.CallsPerSecond;
            Record("throughput", "heartbeat round trips/s", "rt/s", target, run, peak.Value);
        }

        foreach (var level in LoadLevels)
        {
            var rate = Math.Max(1, peak.Value * level);
            var figures = await driver.RunAsync(target, new LoadRequest
            {
                Count = options.Concurrency,
                IdPrefix = string.Create(CultureInfo.InvariantCulture, $"L{run}"),
                Rate = rate,
                Warmup = options.Warmup,
                Measure = options.Measure,
                Duration = RunLimit,
            }).ConfigureAwait(false);
            var name = string.Create(CultureInfo.InvariantCulture, $"{level * 100:0}% of peak");
            Record("latency", $"{name} rate", "rt/s", target, run, figures.CallsPerSecond);
            Record("latency", $"{name} p50", "ms", target, run, figures.P50);
            Record("latency", $"{name} p99", "ms", target, run, figures.P99);
            log(string.Create(CultureInfo.InvariantCulture, $"  {target.Name} at {name} ({rate:N0}/s asked, {figures.CallsPerSecond:N0}/s done): p50 {figures.P50:0.00} ms, p99 {figures.P99:0.00} ms"));
        }

        await target.StopAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Connects chargers in steps (<see cref="BenchOptions.ConnectionSteps"/>) at the ramp rate; every charger boots
    /// and then heartbeats every 5 minutes, as in the field. After each step: the server's resident memory, memory
    /// per connection over the idle server, its CPU use per 1,000 chargers, and the time the step took to boot.
    /// </summary>
    public async Task ConnectionsAsync(ServerTarget target, int run)
    {
        await StartWarmAsync(target, run).ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        var idle = ProcessUsage.RssBytes(target.ProcessId);
        Record("connections", "idle server RSS", "MiB", target, run, idle / 1048576.0);
        var loads = new List<LoadDriver.RunningLoad>();
        try
        {
            var connected = 0;
            foreach (var step in options.ConnectionSteps)
            {
                var started = DateTime.UtcNow;
                var load = driver.Start(target, new LoadRequest
                {
                    Count = step - connected,
                    IdPrefix = string.Create(CultureInfo.InvariantCulture, $"C{run}S{step}"),
                    RampPerSecond = options.RampPerSecond,
                    Interval = TimeSpan.FromMinutes(5),
                    Duration = TimeSpan.FromMinutes(30),
                });
                loads.Add(load);
                var all = await LoadDriver.WaitForBootsAsync(load, step - connected, TimeSpan.FromSeconds(60 + ((step - connected) / options.RampPerSecond * 3))).ConfigureAwait(false);
                var rampSeconds = (DateTime.UtcNow - started).TotalSeconds;
                connected = step;
                var booted = loads.Sum(l => l.Booted);
                await Task.Delay(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
                var rss = ProcessUsage.RssBytes(target.ProcessId);
                var cpu = await ProcessUsage.CpuShareAsync(target.ProcessId, TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                var label = step.ToString("N0", CultureInfo.InvariantCulture);
                Record("connections", $"{label} booted", "count", target, run, booted);
                Record("connections", $"{label} RSS", "MiB", target, run, rss / 1048576.0);
                Record("connections", $"{label} memory per connection", "KiB", target, run, (rss - idle) / 1024.0 / step);
                Record("connections", $"{label} CPU per 1,000 chargers", "% of a core", target, run, cpu * 100 * 1000 / step);
                Record("connections", $"{label} ramp time of the step", "s", target, run, rampSeconds);
                log(string.Create(CultureInfo.InvariantCulture, $"  {target.Name} {booted:N0}/{step:N0} booted{(all ? "" : " (not all!)")}: RSS {rss / 1048576.0:0.0} MiB, {(rss - idle) / 1024.0 / step:0.00} KiB per connection, CPU {cpu * 100:0.0} % of a core, step ramp {rampSeconds:0.0} s"));
            }

            var errors = 0L;
            foreach (var load in loads)
            {
                errors += (await load.FinishAsync(TimeSpan.Zero, interrupt: true).ConfigureAwait(false)).Errors;
            }

            Record("connections", "errors", "count", target, run, errors);
        }
        finally
        {
            foreach (var load in loads)
            {
                await load.DisposeAsync().ConfigureAwait(false);
            }

            await target.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// All chargers connect and boot at once. On a central system this is measured after a restart: a first storm
    /// registers the chargers, the server restarts on the same database, and the second storm is timed (the field's
    /// case: a node comes back and its chargers reconnect). As chargers in the field do, a station whose connection
    /// attempt is refused or times out tries again after a back-off; every failed attempt counts as an error.
    /// </summary>
    public async Task BootStormAsync(ServerTarget target, int run)
    {
        var size = options.StormSize;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"B{run}");
        await target.StartAsync(fresh: true).ConfigureAwait(false);
        if (target.HasStorage)
        {
            await StormAsync(target, prefix, size).ConfigureAwait(false);
            await target.StartAsync(fresh: false).ConfigureAwait(false);
        }

        var (figures, seconds) = await StormAsync(target, prefix, size).ConfigureAwait(false);
        Record("boot storm", "time until all Accepted", "s", target, run, seconds);
        Record("boot storm", "booted", "count", target, run, figures.Booted);
        Record("boot storm", "errors", "count", target, run, figures.Errors);
        log(string.Create(CultureInfo.InvariantCulture, $"  {target.Name} boot storm of {size:N0}: {figures.Booted:N0} Accepted in {seconds:0.00} s, errors {figures.Errors}"));
        await target.StopAsync().ConfigureAwait(false);
    }

    private async Task<(LoadFigures Figures, double Seconds)> StormAsync(ServerTarget target, string prefix, int size)
    {
        await using var load = driver.Start(target, new LoadRequest { Count = size, IdPrefix = prefix, RampPerSecond = 100_000, Interval = TimeSpan.FromMinutes(5), Duration = TimeSpan.FromMinutes(5), RetryConnect = true });
        await LoadDriver.WaitForBootsAsync(load, size, TimeSpan.FromSeconds(120)).ConfigureAwait(false);
        var figures = await load.FinishAsync(TimeSpan.Zero, interrupt: true).ConfigureAwait(false);
        // A storm that did not finish is reported as the time waited, with its errors: never as a fast figure.
        return (figures, figures.AllBootedSeconds ?? 120);
    }
}
