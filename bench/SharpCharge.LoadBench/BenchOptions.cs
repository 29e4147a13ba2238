using System.Globalization;

namespace SharpCharge.LoadBench;

/// <summary>What a benchmark run measures; <see cref="Parse"/> reads the command line (docs/benchmarks.md lists it).</summary>
internal sealed record BenchOptions
{
    /// <summary>The repository root, where the built programs are found.</summary>
    public required string Root { get; init; }

    /// <summary>Build configuration of the programs to run (the script builds Release).</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>
    /// The folder the central system runs from: bench/load/run.sh passes the ReadyToRun publish folder, as a node is
    /// deployed (docs/deployment.md); without it, the build output of <see cref="Configuration"/>.
    /// </summary>
    public string? CsmsFolder { get; init; }

    public string OutputFolder { get; init; } = "";

    /// <summary>Alternating runs of every scenario; medians and spread are taken over them.</summary>
    public int Runs { get; init; } = 3;

    public IReadOnlyList<string> Scenarios { get; init; } = ["throughput", "latency", "connections", "boot-storm"];

    public IReadOnlyList<string> Storages { get; init; } = ["sqlite", "postgres"];

    /// <summary>Connections that send back to back in the throughput and latency scenarios.</summary>
    public int Concurrency { get; init; } = 100;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan Measure { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Connected chargers after each step of the connections scenario; the last is also the boot storm's size.</summary>
    public IReadOnlyList<int> ConnectionSteps { get; init; } = [1_000, 10_000, 19_500];

    /// <summary>Stations connected per second while ramping.</summary>
    public int RampPerSecond { get; init; } = 2_000;

    /// <summary>Pin the server to core 0 and the load to core 1 with taskset, when there is more than one core.</summary>
    public bool Pin { get; init; } = true;

    /// <summary>Forward the simulator's live lines.</summary>
    public bool Verbose { get; init; } = true;

    public int StormSize => ConnectionSteps[^1];

    /// <summary>Reads the options; throws <see cref="ArgumentException"/> naming what to fix.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args, string root)
    {
        var options = new BenchOptions { Root = root, OutputFolder = Path.Combine(root, "bench", "load", "results", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)) };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--quick" => options with
                {
                    Runs = 1,
                    Concurrency = 10,
                    Warmup = TimeSpan.FromSeconds(1),
                    Measure = TimeSpan.FromSeconds(2),
                    ConnectionSteps = [20, 50],
                    RampPerSecond = 500,
                },
                "--runs" => options with { Runs = Positive(name, Value()) },
                "--concurrency" => options with { Concurrency = Positive(name, Value()) },
                "--measure" => options with { Measure = TimeSpan.FromSeconds(Positive(name, Value())) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Positive(name, Value())) },
                "--connections" => options with { ConnectionSteps = [.. Value().Split(',').Select(v => Positive(name, v))] },
                "--ramp" => options with { RampPerSecond = Positive(name, Value()) },
                "--scenarios" => options with { Scenarios = Names(name, Value(), ["throughput", "latency", "connections", "boot-storm"]) },
                "--storage" => options with { Storages = Names(name, Value(), ["sqlite", "postgres"]) },
                "--configuration" => options with { Configuration = Value() },
                "--csms-folder" => options with { CsmsFolder = Path.GetFullPath(Value()) },
                "--out" => options with { OutputFolder = Path.GetFullPath(Value()) },
                "--no-pin" => options with { Pin = false },
                "--quiet" => options with { Verbose = false },
                _ => throw new ArgumentException($"Unknown option '{name}'. Options: --quick, --runs N, --concurrency N, --measure SECONDS, --warmup SECONDS, --connections N[,N...], --ramp N, --scenarios LIST, --storage sqlite,postgres, --configuration Release|Debug, --csms-folder FOLDER, --out FOLDER, --no-pin, --quiet."),
            };
        }

        if (options.ConnectionSteps.Zip(options.ConnectionSteps.Skip(1)).Any(p => p.Second <= p.First))
        {
            throw new ArgumentException("--connections must be increasing, e.g. 1000,10000,19500.");
        }

        return options;
    }

    private static int Positive(string name, string text)
        => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} must be a whole number above 0 (found '{text}').");

    private static string[] Names(string name, string text, string[] allowed)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.FirstOrDefault(n => !allowed.Contains(n));
        return unknown is null && names.Length > 0
            ? names
            : throw new ArgumentException($"{name} takes a comma-separated list of {string.Join(", ", allowed)} (found '{text}').");
    }
}
