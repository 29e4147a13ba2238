using System.Globalization;
using SharpCharge.LoadBench;

// The load benchmark (docs/benchmarks.md, "Load benchmark"): bench/load/run.sh builds Release and runs this.
var root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory());
if (root is null)
{
    Console.Error.WriteLine("Run this from inside the SharpCharge repository (the folder with SharpCharge.slnx).");
    return 2;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args, root);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var started = DateTime.UtcNow;
var clock = System.Diagnostics.Stopwatch.StartNew();
void Log(string line)
{
    lock (clock)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed:mm\\:ss}] {line}"));
    }
}

Directory.CreateDirectory(options.OutputFolder);
var work = Path.Combine(Path.GetTempPath(), $"sharpcharge-loadbench-{Guid.NewGuid():N}");
Directory.CreateDirectory(work);
var measurements = new List<Measurement>();
var machine = Machine.Describe();
Log($"machine: {machine}");
Log($"results go to {options.OutputFolder}");
try
{
    await using var postgres = options.Storages.Contains("postgres") ? await PostgresCluster.StartAsync() : null;
    var driver = new LoadDriver(options, work, Log);
    var scenarios = new Scenarios(options, driver, measurements, Log);
    string[] targetNames = ["baseline", .. options.Storages.Select(s => "csms-" + s)];
    var targets = targetNames.Select(n => new ServerTarget(n, options, postgres, work, Log)).ToList();
    try
    {
        for (var run = 1; run <= options.Runs; run++)
        {
            foreach (var scenario in options.Scenarios)
            {
                // Alternate the order of the targets from run to run, so a drift of the machine does not favour one.
                var order = run % 2 == 1 ? targets : Enumerable.Reverse(targets).ToList();
                foreach (var target in order)
                {
                    if (scenario == "connections" && target.Name == "csms-postgres")
                    {
                        // Memory per connection does not depend on the store; one database is enough for the growth table.
                        continue;
                    }

                    Log($"run {run}/{options.Runs}: {scenario} on {target.Name}");
                    await (scenario switch
                    {
                        "throughput" => scenarios.ThroughputAsync(target, run),
                        "latency" => scenarios.LatencyAsync(target, run),
                        "connections" => scenarios.ConnectionsAsync(target, run),
                        _ => scenarios.BootStormAsync(target, run),
                    });
                }
            }
        }
    }
    finally
    {
        foreach (var target in targets)
        {
            await target.DisposeAsync();
        }
    }
}
finally
{
    var rows = Report.Rows(measurements);
    await File.WriteAllTextAsync(Path.Combine(options.OutputFolder, "results.json"), Report.Json(measurements, rows, machine, started));
    var markdown = Report.Markdown(rows, options, machine, started, clock.Elapsed);
    await File.WriteAllTextAsync(Path.Combine(options.OutputFolder, "results.md"), markdown);
    Console.WriteLine();
    Console.WriteLine(markdown);
    Directory.Delete(work, recursive: true);
}

return 0;

static string? FindRoot(string start)
{
    for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "SharpCharge.slnx")))
        {
            return folder.FullName;
        }
    }

    return null;
}
