using System.Diagnostics;
using System.Text.Json;

namespace SharpCharge.LoadBench.Tests;

/// <summary>
/// Keeps the load benchmark (bench/load/run.sh, docs/benchmarks.md) working: runs the real harness with --quick
/// (tens of chargers, seconds per scenario, one run) against the real baseline, central system, SQLite and PostgreSQL,
/// and checks that every scenario produced its figures for every target. Speed is not asserted: that is the full
/// run's job, on a quiet machine.
/// </summary>
public sealed class LoadBenchSmokeTests
{
    private static readonly string[] Targets = ["baseline", "csms-sqlite", "csms-postgres"];

    [Fact]
    public async Task QuickRun_ProducesFiguresForEveryScenarioAndTarget()
    {
        var output = Path.Combine(Path.GetTempPath(), $"sharpcharge-loadbench-test-{Guid.NewGuid():N}");
        try
        {
            // Not pinned: the test suite runs test projects side by side, and a process pinned to a busy core starves.
            var (exit, log) = await RunHarnessAsync("--quick", "--quiet", "--no-pin", "--out", output);
            Assert.True(exit == 0, $"the harness exited with {exit}:\n{log}");
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "results.json")));
            var rows = json.RootElement.GetProperty("rows").EnumerateArray()
                .Select(r => (Scenario: r.GetProperty("scenario").GetString()!, Metric: r.GetProperty("metric").GetString()!, Target: r.GetProperty("target").GetString()!, Median: r.GetProperty("median").GetDouble(), Ratio: r.GetProperty("ratioToBaseline")))
                .ToList();
            double Value(string scenario, string metric, string target)
            {
                var found = rows.Where(r => r.Scenario == scenario && r.Metric == metric && r.Target == target).ToList();
                Assert.True(found.Count == 1, $"no figure '{metric}' of {scenario} on {target}:\n{log}");
                return found[0].Median;
            }

            foreach (var target in Targets)
            {
                foreach (var mix in (string[])["heartbeat", "meter-values", "start-stop"])
                {
                    Assert.True(Value("throughput", $"{mix} round trips/s", target) > 0, $"{target} {mix}");
                    Assert.True(Value("throughput", $"{mix} p99", target) > 0, $"{target} {mix}");
                    Assert.True(Value("throughput", $"{mix} errors", target) >= 0, $"{target} {mix}");
                }

                foreach (var level in (string[])["25%", "50%", "75%"])
                {
                    Assert.True(Value("latency", $"{level} of peak rate", target) > 0, $"{target} {level}");
                    Assert.True(Value("latency", $"{level} of peak p99", target) > 0, $"{target} {level}");
                }

                // --quick storms 50 chargers (the last connection step).
                Assert.Equal(50, Value("boot storm", "booted", target));
                Assert.True(Value("boot storm", "errors", target) >= 0);
                Assert.True(Value("boot storm", "time until all Accepted", target) > 0);
            }

            foreach (var target in (string[])["baseline", "csms-sqlite"])
            {
                Assert.Equal(20, Value("connections", "20 booted", target));
                Assert.Equal(50, Value("connections", "50 booted", target));
                Assert.True(Value("connections", "50 RSS", target) > 0);
                Assert.True(Value("connections", "50 memory per connection", target) != 0);
            }

            // MeterValues are stored: the database grows with them on both stores.
            Assert.True(Value("database", "bytes per meter-values call", "csms-sqlite") > 0);
            Assert.True(Value("database", "bytes per meter-values call", "csms-postgres") > 0);

            // Every central-system throughput figure is also given against the baseline.
            Assert.All(rows.Where(r => r.Scenario == "throughput" && r.Metric.EndsWith("round trips/s", StringComparison.Ordinal) && r.Target != "baseline"),
                r => Assert.Equal(JsonValueKind.Number, r.Ratio.ValueKind));

            var markdown = await File.ReadAllTextAsync(Path.Combine(output, "results.md"));
            Assert.Contains("## boot storm", markdown, StringComparison.Ordinal);
            Assert.Contains("MiB per 1,000 charger-days", markdown, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public async Task UnknownOption_SaysWhatToFix()
    {
        var (exit, log) = await RunHarnessAsync("--storage", "mysql");

        Assert.Equal(2, exit);
        Assert.Contains("--storage takes a comma-separated list of sqlite, postgres (found 'mysql')", log, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Log)> RunHarnessAsync(params string[] arguments)
    {
        // bin/<configuration>/net10.0/: the harness and the programs it runs were built in the same configuration.
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testFolder.Parent!.Name;
        var root = testFolder;
        while (!File.Exists(Path.Combine(root.FullName, "SharpCharge.slnx")))
        {
            root = root.Parent ?? throw new InvalidOperationException("The test does not run inside the repository.");
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(root.FullName, "bench", "SharpCharge.LoadBench", "bin", configuration, "net10.0", "SharpCharge.LoadBench.dll"));
        start.ArgumentList.Add("--configuration");
        start.ArgumentList.Add(configuration);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The harness did not finish within 8 minutes:\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
