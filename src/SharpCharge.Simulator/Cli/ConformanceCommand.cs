using System.CommandLine;
using System.CommandLine.Parsing;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;
using SharpCharge.Simulator.Conformance;
using SharpCharge.Simulator.Conformance.Cases;
using SharpCharge.Simulator.Conformance.Running;

namespace SharpCharge.Simulator.Cli;

/// <summary>
/// <c>conformance</c>: plays the station of the OCPP compliance test cases against a central system and reports
/// passed / failed / not applicable per case. Exit code 0 when nothing failed, 3 when a case failed, 1 for bad
/// arguments, 2 when the run could not start.
/// </summary>
internal static class ConformanceCommand
{
    public static Command Create(SimulatorOptions o, TextWriter output, TextWriter errors)
    {
        var stationId = new Option<string>("--station-id") { Description = "The charge point id the cases use; the central system must accept it.", DefaultValueFactory = _ => "SC-CONFORMANCE" };
        var cases = new Option<string[]>("--cases") { Description = "Only these cases, e.g. TC_B_01_CSMS,TC_E_03_CSMS (comma or space separated).", AllowMultipleArgumentsPerToken = true };
        var api = new Option<Uri?>("--sharpcharge-api")
        {
            Description = "The SharpCharge REST API (http://host:port) that plays the operator; without it operator steps are manual.",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                {
                    return uri;
                }

                result.AddError($"--sharpcharge-api must be an http:// or https:// address, e.g. http://localhost:8080 (found '{text}').");
                return null;
            },
        };
        var apiKey = new Option<string?>("--api-key") { Description = "The X-API-Key for --sharpcharge-api." };
        var validToken = new Option<string?>("--valid-token") { Description = "An id token the central system accepts (without the API the cases that need one are manual otherwise)." };
        var junit = new Option<string?>("--junit") { Description = "Write the results as JUnit XML to this file." };
        var markdown = new Option<string?>("--markdown") { Description = "Write the results as a Markdown table to this file." };
        var transcripts = new Option<string?>("--transcripts") { Description = "Write the protocol transcript of every failed case to this folder." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds a step waits for the central system.", DefaultValueFactory = _ => 10 };
        var manualTimeout = new Option<int>("--manual-timeout") { Description = "Seconds a manual step waits for the operator.", DefaultValueFactory = _ => 120 };
        var list = new Option<bool>("--list") { Description = "List the cases of the version and exit." };

        var command = new Command("conformance", "Run the OCPP compliance test cases for the central system role against any CSMS, playing the charging station.");
        foreach (var option in new Option[] { o.Csms, o.Version, o.Password, stationId, cases, api, apiKey, validToken, junit, markdown, transcripts, timeout, manualTimeout, list })
        {
            command.Options.Add(option);
        }

        foreach (var (option, name) in new[] { (timeout, "--timeout"), (manualTimeout, "--manual-timeout") })
        {
            // On the option, not the command: a command's validator sees 0 for an option left at its default.
            option.Validators.Add(result =>
            {
                var seconds = result.GetValueOrDefault<int>();
                if (seconds is < 1 or > 3600)
                {
                    result.AddError($"{name} must be from 1 to 3600 seconds (found {seconds}).");
                }
            });
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(o.Version) == OcppVersion.V21)
            {
                result.AddError("conformance: --version must be 1.6 or 2.0.1 (the 2.1 test cases are not published yet).");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var version = parse.GetValue(o.Version);
            var ids = (parse.GetValue(cases) ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var selected = CaseCatalogue.Select(version, ids, out var unknown);
            if (unknown.Count > 0)
            {
                await errors.WriteLineAsync($"--cases: no {version.ToSubProtocol()} case {string.Join(", ", unknown)}; --list shows the ids.").ConfigureAwait(false);
                return 1;
            }

            if (parse.GetValue(list))
            {
                foreach (var c in selected)
                {
                    await output.WriteLineAsync($"{c.Id,-15} {c.Title}").ConfigureAwait(false);
                }

                return 0;
            }

            var settings = new ConformanceSettings
            {
                Csms = parse.GetRequiredValue(o.Csms),
                Version = version,
                StationId = parse.GetValue(stationId)!,
                Password = parse.GetValue(o.Password),
                Cases = ids,
                Api = parse.GetValue(api),
                ApiKey = parse.GetValue(apiKey),
                ValidToken = parse.GetValue(validToken),
                Interactive = !Console.IsInputRedirected && ReferenceEquals(output, Console.Out),
                StepTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                ManualTimeout = TimeSpan.FromSeconds(parse.GetValue(manualTimeout)),
                JUnitPath = parse.GetValue(junit),
                MarkdownPath = parse.GetValue(markdown),
                TranscriptDirectory = parse.GetValue(transcripts),
            };
            return await RunAsync(settings, selected, output, errors, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs the cases and writes every report asked for; returns the exit code.</summary>
    internal static async Task<int> RunAsync(ConformanceSettings settings, IReadOnlyList<ConformanceCase> cases, TextWriter output, TextWriter errors, TimeProvider time, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Conformance: {cases.Count} {settings.Version.ToSubProtocol()} cases against {settings.Csms} as station {settings.StationId}" + (settings.Api is null ? " (operator steps manual)" : $" (operator: {settings.Api})")).ConfigureAwait(false);
        IReadOnlyList<ConformanceResult> results;
        try
        {
            results = await new ConformanceRunner(settings, output, time).RunAsync(cases, cancellationToken).ConfigureAwait(false);
        }
        catch (ConformanceSetupException e)
        {
            await errors.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }

        await output.WriteLineAsync(ResultTable.Totals(results)).ConfigureAwait(false);
        var suite = $"OCPP {settings.Version.ToSubProtocol()} CSMS conformance";
        if (settings.JUnitPath is { } junit)
        {
            JUnitReport.Write(junit, suite, results);
        }

        if (settings.MarkdownPath is { } markdown)
        {
            await File.WriteAllTextAsync(markdown, MarkdownReport.Table(results), cancellationToken).ConfigureAwait(false);
        }

        if (settings.TranscriptDirectory is { } folder)
        {
            await TranscriptFiles.WriteAsync(folder, results, cancellationToken).ConfigureAwait(false);
        }

        return results.Any(r => r.Verdict == ConformanceVerdict.Failed) ? 3 : 0;
    }
}
