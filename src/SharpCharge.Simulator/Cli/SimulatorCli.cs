using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net;
using System.Text.Json;
using SharpCharge.Ocpp;
using SharpCharge.Simulator.Fleet;
using SharpCharge.Simulator.Load;
using SharpCharge.Simulator.Output;
using SharpCharge.Simulator.Run;
using SharpCharge.Simulator.Scenarios;
using SharpCharge.Simulator.Time;

namespace SharpCharge.Simulator.Cli;

/// <summary>
/// The command line: the root command plays a fleet (random arrivals or a script), <c>load</c> benchmarks a
/// central system, <c>conformance</c> runs the compliance test cases against one. Options are checked by validators so every mistake is reported with what to fix before
/// anything connects.
/// </summary>
internal static class SimulatorCli
{
    /// <param name="output">Progress and summaries; the console by default.</param>
    /// <param name="fileLimit">The open-file limit to check station counts against; /proc/self/limits by default.</param>
    /// <param name="error">Problems found in files after parsing, and the protocol trace without --log-file; the console's error stream by default.</param>
    /// <param name="environment">Reads environment variables (OCPP_PROTOCOL_DEBUG, ...); the process's by default.</param>
    public static RootCommand Create(TextWriter? output = null, Func<long?>? fileLimit = null, TextWriter? error = null, Func<string, string?>? environment = null)
    {
        var variables = environment ?? Environment.GetEnvironmentVariable;
        var o = new SimulatorOptions(fileLimit ?? (() => FileLimit.Current()));
        var writer = output ?? Console.Out;
        var errors = error ?? Console.Error;
        var root = new RootCommand("Plays OCPP charging stations against a central system: one charger, a fleet, or a load test.");
        SimulatorOptions.FreeVersionName(root);
        foreach (var option in o.Common)
        {
            root.Options.Add(option);
        }

        root.Options.Add(o.Fleet);
        root.Options.Add(o.Scenario);
        root.Options.Add(o.Speed);
        root.Options.Add(o.Seed);
        root.Options.Add(o.Utilisation);
        root.Validators.Add(o.CheckStations);
        root.SetAction((parse, cancellationToken) => RunFleetAsync(o, parse, writer, errors, variables, cancellationToken));

        var load = new Command("load", "Benchmark a central system: thousands of stations sending a message mix back to back, with live figures and a JSON summary.");
        foreach (var option in o.Common)
        {
            load.Options.Add(option);
        }

        load.Options.Add(o.Ramp);
        load.Options.Add(o.Sources);
        load.Options.Add(o.Mix);
        load.Options.Add(o.Interval);
        load.Options.Add(o.Rate);
        load.Options.Add(o.Warmup);
        load.Options.Add(o.Measure);
        load.Options.Add(o.RetryConnect);
        load.Validators.Add(o.CheckStations);
        load.SetAction((parse, cancellationToken) => RunLoadAsync(o, parse, writer, errors, variables, cancellationToken));
        root.Subcommands.Add(load);
        root.Subcommands.Add(ConformanceCommand.Create(o, writer, errors));
        return root;
    }

    /// <summary>The fleet run's settings from a parse without errors; throws <see cref="SimulatorFileException"/> for a bad file.</summary>
    internal static RunSettings FleetSettings(SimulatorOptions o, ParseResult parse)
    {
        var csms = parse.GetRequiredValue(o.Csms);
        var fleetFile = parse.GetValue(o.Fleet);
        var fleet = fleetFile is null
            ? FleetPlanner.FromCount(parse.GetValue(o.Count), parse.GetValue(o.IdPrefix)!, TimeSpan.FromSeconds(60))
            : FleetFileReader.ReadFile(fleetFile);
        var seed = parse.GetValue(o.Seed) ?? Environment.TickCount;
        var settings = new RunSettings
        {
            Csms = csms,
            Version = parse.GetValue(o.Version),
            Password = parse.GetValue(o.Password),
            Fleet = fleet,
            Utilisation = parse.GetValue(o.Utilisation),
            Speed = parse.GetValue(o.Speed),
            Seed = seed,
            Duration = parse.GetValue(o.Duration),
            Quiet = parse.GetValue(o.Quiet),
            JsonSummaryPath = parse.GetValue(o.JsonSummary),
        };
        if (parse.GetValue(o.Scenario) is { } scenarioFile)
        {
            var steps = ScenarioFileReader.ReadFile(scenarioFile);
            ScenarioCheck.Validate(scenarioFile, steps, FleetPlanner.Plan(fleet, settings.Version, new Random(seed)), csms);
            settings = settings with { Script = steps };
        }

        return settings;
    }

    internal static LoadSettings LoadSettings(SimulatorOptions o, ParseResult parse) => new()
    {
        Csms = parse.GetRequiredValue(o.Csms),
        Version = parse.GetValue(o.Version),
        Count = parse.GetValue(o.Count),
        IdPrefix = parse.GetValue(o.IdPrefix)!,
        Password = parse.GetValue(o.Password),
        RampPerSecond = parse.GetValue(o.Ramp),
        SourceAddresses = parse.GetValue(o.Sources) ?? [],
        Mix = parse.GetValue(o.Mix),
        Interval = parse.GetValue(o.Interval),
        Rate = parse.GetValue(o.Rate),
        Warmup = parse.GetValue(o.Warmup),
        Measure = parse.GetValue(o.Measure),
        RetryConnect = parse.GetValue(o.RetryConnect),
        Duration = parse.GetValue(o.Duration) ?? TimeSpan.FromSeconds(30),
        Quiet = parse.GetValue(o.Quiet),
        JsonSummaryPath = parse.GetValue(o.JsonSummary),
    };

    /// <summary>The protocol debug switches from the flags and the environment; throws <see cref="ArgumentException"/> for a bad variable.</summary>
    internal static ProtocolTraceSettings TraceSettings(SimulatorOptions o, ParseResult parse, Func<string, string?> environment)
        => ProtocolTraceSettings.From(parse.GetValue(o.ProtocolDebug), parse.GetValue(o.LogLevel), parse.GetValue(o.LogFile), parse.GetValue(o.LogPretty), environment);

    private static async Task<int> RunFleetAsync(
        SimulatorOptions o, ParseResult parse, TextWriter output, TextWriter errors, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        RunSettings settings;
        ProtocolTraceSettings traceSettings;
        try
        {
            settings = FleetSettings(o, parse);
            traceSettings = TraceSettings(o, parse, environment);
        }
        catch (Exception e) when (e is SimulatorFileException or ArgumentException)
        {
            await errors.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }

        if (FileLimit.Check(settings.Fleet.StationCount, o.FileLimit(), $"The fleet file's {settings.Fleet.StationCount} stations") is { } tooMany)
        {
            await errors.WriteLineAsync(tooMany).ConfigureAwait(false);
            return 2;
        }

        using var trace = ProtocolTraceOutput.Create(traceSettings, errors);
        settings = settings with { ProtocolTrace = trace.Trace };
        var time = new AcceleratedTimeProvider(settings.Speed);
        await using var runner = new FleetRunner(settings, time, settings.Speed, new LiveView(output, !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out), settings.Quiet));
        var summary = await runner.RunAsync(cancellationToken).ConfigureAwait(false);
        if (settings.JsonSummaryPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(summary, SimulatorJsonContext.Default.RunSummary), CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> RunLoadAsync(
        SimulatorOptions o, ParseResult parse, TextWriter output, TextWriter errors, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        ProtocolTraceSettings traceSettings;
        try
        {
            traceSettings = TraceSettings(o, parse, environment);
        }
        catch (ArgumentException e)
        {
            await errors.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }

        using var trace = ProtocolTraceOutput.Create(traceSettings, errors);
        var settings = LoadSettings(o, parse) with { ProtocolTrace = trace.Trace };
        var summary = await new LoadRunner(settings, TimeProvider.System, output).RunAsync(cancellationToken).ConfigureAwait(false);
        if (settings.JsonSummaryPath is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(summary, SimulatorJsonContext.Default.LoadSummary), CancellationToken.None).ConfigureAwait(false);
        }

        return summary.Booted == 0 ? 1 : 0;
    }
}
