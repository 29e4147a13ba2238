using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using SharpCharge.Ocpp;
using SharpCharge.Simulator.Fleet;
using SharpCharge.Simulator.Load;

namespace SharpCharge.Simulator.Cli;

/// <summary>Every option of the simulator, each with its parser and its check; errors say what to type instead.</summary>
internal sealed class SimulatorOptions(Func<long?> fileLimit)
{
    public const int MaxCount = 100_000;

    public Func<long?> FileLimit { get; } = fileLimit;

    public Option<Uri> Csms { get; } = new("--csms")
    {
        Description = "The central system's OCPP endpoint without the station id, e.g. ws://localhost:9000/ocpp.",
        Required = true,
        CustomParser = ParseCsms,
    };

    public Option<int> Count { get; } = Validated(
        new Option<int>("--count", "-n") { Description = "How many stations (ids {prefix}0001, {prefix}0002, ...).", DefaultValueFactory = _ => 1 },
        (value, error) => { if (value is < 1 or > MaxCount) { error($"--count must be from 1 to {MaxCount} (found {value})."); } });

    public Option<OcppVersion> Version { get; } = new("--version", "-v")
    {
        Description = "OCPP version: 1.6, 2.0.1 or 2.1.",
        HelpName = "1.6|2.0.1|2.1",
        DefaultValueFactory = _ => OcppVersion.V16,
        CustomParser = ParseVersion,
    };

    public Option<string> IdPrefix { get; } = Validated(
        new Option<string>("--id-prefix") { Description = "Prefix of the generated station ids.", DefaultValueFactory = _ => "CP" },
        (value, error) =>
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > 40 || value.Any(c => c is '/' or ':' or '?' or '#' || char.IsWhiteSpace(c)))
            {
                error($"--id-prefix must be 1 to 40 characters without spaces, '/', ':', '?' or '#' (found '{value}').");
            }
        });

    public Option<string?> Password { get; } = Validated(
        new Option<string?>("--password") { Description = "HTTP Basic auth password every station sends (security profile 1/2)." },
        (value, error) => { if (value is { Length: 0 } || value?.Any(char.IsControl) == true) { error("--password must not be empty or contain control characters."); } });

    public Option<string?> Fleet { get; } = ExistingFile(new Option<string?>("--fleet") { Description = "A fleet file (YAML or JSON) with station templates and tokens; replaces --count and --id-prefix." });

    public Option<string?> Scenario { get; } = ExistingFile(new Option<string?>("--scenario") { Description = "A scripted scenario (YAML or JSON); without it vehicles arrive at random." });

    public Option<double> Speed { get; } = Validated(
        new Option<double>("--speed") { Description = "Time acceleration: 60 plays an hour in a minute.", DefaultValueFactory = _ => 1 },
        (value, error) => { if (value is < 1 or > 10_000 || double.IsNaN(value)) { error($"--speed must be from 1 to 10000 (found {value.ToString(CultureInfo.InvariantCulture)})."); } });

    public Option<int?> Seed { get; } = new("--seed") { Description = "Seed for every random choice, so a run can be repeated." };

    public Option<double> Utilisation { get; } = Validated(
        new Option<double>("--utilisation") { Description = "Random arrivals: the share of time each EVSE is occupied, above 0 and below 1.", DefaultValueFactory = _ => 0.3 },
        (value, error) => { if (value is <= 0 or >= 1 || double.IsNaN(value)) { error($"--utilisation must be above 0 and below 1, e.g. 0.3 for 30 % (found {value.ToString(CultureInfo.InvariantCulture)})."); } });

    public Option<TimeSpan?> Duration { get; } = new("--duration", "-d")
    {
        Description = "How long to run, e.g. 90s, 15m, 2h: simulated time for a fleet, real time for load (default 30s). Without it a fleet runs until Ctrl+C.",
        CustomParser = ParseDuration,
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only the final summary." };

    public Option<string?> JsonSummary { get; } = Validated(
        new Option<string?>("--json-summary") { Description = "Write the final summary as JSON to this file." },
        (value, error) =>
        {
            var folder = value is null ? null : Path.GetDirectoryName(Path.GetFullPath(value));
            if (folder is not null && !Directory.Exists(folder))
            {
                error($"--json-summary: the folder '{folder}' does not exist.");
            }
        });

    public Option<int> Ramp { get; } = Validated(
        new Option<int>("--ramp") { Description = "Stations connected per second.", DefaultValueFactory = _ => 500 },
        (value, error) => { if (value is < 1 or > 100_000) { error($"--ramp must be from 1 to 100000 stations per second (found {value})."); } });

    public Option<IPAddress[]?> Sources { get; } = new("--source-address")
    {
        Description = "Local addresses to connect from, used in turn (e.g. 127.0.0.1 127.0.0.2): each adds about 28,000 ports.",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = ParseAddresses,
    };

    public Option<MessageMix> Mix { get; } = new("--mix")
    {
        Description = "What each station sends back to back: heartbeat, meter-values or start-stop.",
        HelpName = "heartbeat|meter-values|start-stop",
        DefaultValueFactory = _ => MessageMix.Heartbeat,
        CustomParser = ParseMix,
    };

    public Option<TimeSpan> Interval { get; } = new("--interval")
    {
        Description = "Pause between an answer and the station's next call, e.g. 1s; 0 sends back to back.",
        DefaultValueFactory = _ => TimeSpan.Zero,
        CustomParser = result => ParseDuration(result) ?? TimeSpan.Zero,
    };

    public Option<double?> Rate { get; } = Validated(
        new Option<double?>("--rate") { Description = "Calls per second of all stations together, each station on a steady schedule (for latency at a given load); without it stations send back to back." },
        (value, error) => { if (value is { } rate && (rate <= 0 || double.IsNaN(rate) || double.IsInfinity(rate))) { error($"--rate must be a number of calls per second above 0, e.g. 5000 (found {rate.ToString(CultureInfo.InvariantCulture)})."); } });

    public Option<TimeSpan> Warmup { get; } = new("--warmup")
    {
        Description = "Time from the moment every station is up before the summary counts calls and round trips, e.g. 5s (the ramp and boots then do not count).",
        DefaultValueFactory = _ => TimeSpan.Zero,
        CustomParser = result => ParseDuration(result) ?? TimeSpan.Zero,
    };

    public Option<TimeSpan?> Measure { get; } = new("--measure")
    {
        Description = "How long to count after the warm-up, e.g. 10s; the run then ends (--duration stays an upper bound).",
        CustomParser = ParseDuration,
    };

    public Option<bool> RetryConnect { get; } = new("--retry-connect")
    {
        Description = "A station whose connection is refused or times out tries again, as a charger in the field does (back-off from 1 s, doubling to 30 s, plus up to 1 s at random); each failed attempt still counts. Without it a station that cannot connect is done.",
    };

    public Option<bool> ProtocolDebug { get; } = new("--protocol-debug")
    {
        Description = "Write a tagged line per OCPP frame ([CHARGER-SEND], [OCPP-CALL-SEND], ...) to --log-file or the error stream. Also OCPP_PROTOCOL_DEBUG=true.",
    };

    public Option<string?> LogLevel { get; } = Validated(
        new Option<string?>("--log-level") { Description = "How much --protocol-debug writes: DEBUG (everything), INFO (envelopes and errors) or WARNING (CALLERRORs). Also OCPP_LOG_LEVEL; default DEBUG.", HelpName = "DEBUG|INFO|WARNING" },
        (value, error) => { if (value is not null && Ocpp.Diagnostics.OcppProtocolTrace.ParseLevel(value) is null) { error($"--log-level must be DEBUG, INFO or WARNING (found '{value}')."); } });

    public Option<string?> LogFile { get; } = Validated(
        new Option<string?>("--log-file") { Description = "Write the protocol trace to this file; {charger} in the path gives one file per station, e.g. logs/ocpp_{charger}.log. Also OCPP_LOG_FILE." },
        (value, error) => { if (value is { } path && string.IsNullOrWhiteSpace(path)) { error("--log-file must be a file path, e.g. logs/ocpp_{charger}.log."); } });

    public Option<bool> LogPretty { get; } = new("--log-pretty") { Description = "Indent the trace's payloads over several lines. Also OCPP_LOG_PRETTY=true." };

    /// <summary>The options the fleet run and the load run share.</summary>
    public IReadOnlyList<Option> Common => [Csms, Count, Version, IdPrefix, Password, Duration, Quiet, JsonSummary, ProtocolDebug, LogLevel, LogFile, LogPretty];

    /// <summary>Takes out System.CommandLine's own --version (it prints the tool's version): here --version is the OCPP version.</summary>
    public static void FreeVersionName(Command command)
    {
        foreach (var option in command.Options.OfType<VersionOption>().ToList())
        {
            command.Options.Remove(option);
        }
    }

    /// <summary>Refuses a station count the process's file limit cannot hold (one socket per station).</summary>
    public void CheckStations(CommandResult result)
    {
        // A count that is not a number already has its own parse error; reading it here would throw.
        if (result.GetResult(Count) is { } counted && counted.Tokens.Count > 0
            && !int.TryParse(counted.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return;
        }

        var count = result.GetValue(Count);
        if (result.GetResult(Fleet) is null && count is >= 1 and <= MaxCount && global::SharpCharge.Simulator.Cli.FileLimit.Check(count, FileLimit()) is { } problem)
        {
            result.AddError(problem);
        }
    }

    private static Uri? ParseCsms(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "ws" or "wss" && string.IsNullOrEmpty(uri.Query))
        {
            return uri;
        }

        result.AddError($"--csms must be a ws:// or wss:// URL without a query, e.g. ws://localhost:9000/ocpp (found '{text}').");
        return null;
    }

    private static OcppVersion ParseVersion(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (VersionText.Parse(text) is { } version)
        {
            return version;
        }

        result.AddError($"--version must be 1.6, 2.0.1 or 2.1 (found '{text}').");
        return default;
    }

    private static TimeSpan? ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var parsed = DurationText.TryParse(text, out var value);
        if (parsed && (value > TimeSpan.Zero || result.Parent is OptionResult { Option.Name: "--interval" or "--warmup" }))
        {
            return value;
        }

        var name = (result.Parent as OptionResult)?.Option.Name ?? "duration";
        result.AddError($"{name} must be a duration like 90s, 15m or 2h (found '{text}').");
        return null;
    }

    private static IPAddress[]? ParseAddresses(ArgumentResult result)
    {
        var addresses = new List<IPAddress>();
        foreach (var token in result.Tokens)
        {
            if (!IPAddress.TryParse(token.Value, out var address))
            {
                result.AddError($"--source-address must be IP addresses of this machine, e.g. 127.0.0.1 127.0.0.2 (found '{token.Value}').");
                return null;
            }

            addresses.Add(address);
        }

        return [.. addresses];
    }

    private static MessageMix ParseMix(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        switch (text)
        {
            case "heartbeat":
                return MessageMix.Heartbeat;
            case "meter-values":
                return MessageMix.MeterValues;
            case "start-stop":
                return MessageMix.StartStop;
            default:
                result.AddError($"--mix must be heartbeat, meter-values or start-stop (found '{text}').");
                return default;
        }
    }

    private static Option<string?> ExistingFile(Option<string?> option)
        => Validated(option, (value, error) => { if (value is not null && !File.Exists(value)) { error($"{option.Name}: the file '{value}' does not exist."); } });

    private static Option<T> Validated<T>(Option<T> option, Action<T, Action<string>> check)
    {
        option.Validators.Add(result =>
        {
            T value;
            try
            {
                value = result.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                // The token does not convert (e.g. --count abc): the parser reports that itself; there is nothing to check.
                return;
            }

            check(value, result.AddError);
        });
        return option;
    }
}
