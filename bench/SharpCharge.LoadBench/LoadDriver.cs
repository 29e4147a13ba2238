using System.Globalization;
using System.Text.RegularExpressions;

namespace SharpCharge.LoadBench;

/// <summary>
/// Runs the simulator's load mode against a target as one or more processes (each holds at most
/// <see cref="StationsPerProcess"/> sockets, under this machine's open-file limit), pinned to the load core, each
/// connecting from its own loopback addresses so ports never run out across runs.
/// </summary>
internal sealed partial class LoadDriver(BenchOptions options, string workFolder, Action<string> log)
{
    public const int StationsPerProcess = 10_000;

    private int _addresses;
    private int _files;

    /// <summary>A started load: its processes keep running until <see cref="FinishAsync"/>.</summary>
    public sealed class RunningLoad(List<(ChildProcess Process, string SummaryPath)> parts, int[] booted) : IAsyncDisposable
    {
        public int Booted => booted.Sum();

        public IReadOnlyList<int> ProcessIds => [.. parts.Select(p => p.Process.Id)];

        /// <summary>Waits until every process exited by itself (its duration is over), or stops them after <paramref name="timeout"/>.</summary>
        public async Task<LoadFigures> FinishAsync(TimeSpan timeout, bool interrupt = false)
        {
            foreach (var (process, _) in parts)
            {
                if (interrupt || !await process.WaitAsync(timeout).ConfigureAwait(false))
                {
                    await process.StopAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
                }
            }

            var figures = new List<LoadFigures>();
            foreach (var (process, path) in parts)
            {
                if (!File.Exists(path))
                {
                    throw new InvalidOperationException($"The load process {process.Name} wrote no summary (exit code {process.ExitCode}); its output is above.");
                }

                figures.Add(LoadFigures.Read(await File.ReadAllTextAsync(path).ConfigureAwait(false)));
            }

            return LoadFigures.Combine(figures);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var (process, _) in parts)
            {
                await process.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs the load to its end and returns the figures.</summary>
    public async Task<LoadFigures> RunAsync(ServerTarget target, LoadRequest request)
    {
        await using var load = Start(target, request);
        return await load.FinishAsync(request.Duration + TimeSpan.FromSeconds(90)).ConfigureAwait(false);
    }

    public RunningLoad Start(ServerTarget target, LoadRequest request)
    {
        var processes = (request.Count + StationsPerProcess - 1) / StationsPerProcess;
        var parts = new List<(ChildProcess, string)>();
        var booted = new int[processes];
        int? core = options.Pin && Environment.ProcessorCount > 1 ? 1 : null;
        var simulator = Path.Combine(options.Root, "src", "SharpCharge.Simulator", "bin", options.Configuration, "net10.0", "sharpcharge-sim.dll");
        for (var p = 0; p < processes; p++)
        {
            var count = Math.Min(StationsPerProcess, request.Count - (p * StationsPerProcess));
            var summary = Path.Combine(workFolder, string.Create(CultureInfo.InvariantCulture, $"load-{++_files}.json"));
            var arguments = new List<string>
            {
                "load", "--csms", target.OcppUri.ToString(), "--version", "1.6", "--count", count.ToString(CultureInfo.InvariantCulture),
                "--id-prefix", string.Create(CultureInfo.InvariantCulture, $"{request.IdPrefix}P{p}-"), "--mix", request.Mix,
                "--ramp", Math.Max(1, request.RampPerSecond / processes).ToString(CultureInfo.InvariantCulture),
                "--duration", Seconds(request.Duration), "--json-summary", summary, "--source-address",
            };
            arguments.AddRange(NextAddresses(2));
            if (request.Warmup > TimeSpan.Zero)
            {
                arguments.AddRange(["--warmup", Seconds(request.Warmup)]);
            }

            if (request.Measure is { } measure)
            {
                arguments.AddRange(["--measure", Seconds(measure)]);
            }

            if (request.Interval > TimeSpan.Zero)
            {
                arguments.AddRange(["--interval", Seconds(request.Interval)]);
            }

            if (request.RetryConnect)
            {
                arguments.Add("--retry-connect");
            }

            if (request.Rate is { } rate)
            {
                arguments.AddRange(["--rate", (rate / processes).ToString("0.#", CultureInfo.InvariantCulture)]);
            }

            var index = p;
            var name = string.Create(CultureInfo.InvariantCulture, $"load{p}");
            parts.Add((ChildProcess.StartDotnet(name, simulator, arguments, core, null, line =>
            {
                if (LiveLine().Match(line) is { Success: true } match)
                {
                    Volatile.Write(ref booted[index], int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                }

                // The summary the simulator prints at the end is read from its file instead.
                if (options.Verbose && !line.StartsWith('{') && !line.StartsWith('}') && !line.StartsWith(' '))
                {
                    log($"    [{name}] {line}");
                }
            }), summary));
        }

        return new RunningLoad(parts, booted);
    }

    /// <summary>Waits until <paramref name="count"/> stations booted; false after <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitForBootsAsync(RunningLoad load, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (load.Booted < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        return true;
    }

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Ceiling(span.TotalSeconds))}s");

    // Every 127.x.y.z is this machine on Linux: each load process gets addresses no earlier process used.
    private IEnumerable<string> NextAddresses(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = ++_addresses;
            yield return string.Create(CultureInfo.InvariantCulture, $"127.1.{n / 250}.{(n % 250) + 1}");
        }
    }

    [GeneratedRegex(@"^connected \d+ booted (\d+) ")]
    private static partial Regex LiveLine();
}
