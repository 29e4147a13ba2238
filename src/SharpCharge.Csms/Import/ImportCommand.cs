using System.Globalization;
using Microsoft.Extensions.Logging.Console;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Import;

/// <summary>
/// <c>dotnet run --project src/SharpCharge.Csms -- import FILE... [--Storage:Provider=Postgres ...]</c>: upserts the
/// stations, chargers and id tokens of JSON or CSV fleet files (docs/import.md) into the configured database,
/// migrating it first. Every file is checked before anything of it is written. The server does not start.
/// Exit code 0 when done, 1 for a wrong command line, 2 for a file with problems.
/// </summary>
internal static class ImportCommand
{
    public const string Name = "import";

    /// <summary>Null when <paramref name="args"/> did not ask for this command; otherwise it ran and this is its exit code.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length == 0 || args[0] != Name)
        {
            return null;
        }

        var (files, settings) = Split(args[1..]);
        if (files.Count == 0)
        {
            await error.WriteLineAsync("Name the file to import: import <file.json|file.csv> [more files] [--Storage:Provider=Postgres --Storage:ConnectionString=...]").ConfigureAwait(false);
            return 1;
        }

        var builder = Host.CreateApplicationBuilder(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Warning);
        builder.Services.AddCsmsDomain(builder.Configuration);
        builder.Services.AddSingleton<FleetImporter>();
        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var importer = host.Services.GetRequiredService<FleetImporter>();
            foreach (var file in files)
            {
                if (!await ImportFileAsync(importer, file, output, error, cancellationToken).ConfigureAwait(false))
                {
                    return 2;
                }
            }

            return 0;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Reads, checks and imports one file; prints the progress of large files and the outcome.</summary>
    public static async Task<bool> ImportFileAsync(FleetImporter importer, string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var fleet = await FleetFileReader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            var step = Math.Max(500, fleet.Count / 20);
            var progress = fleet.Count >= 2 * step ? new SynchronousProgress(done =>
            {
                if (done % step == 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {done:N0} of {fleet.Count:N0} records ({100 * done / fleet.Count} %)"));
                }
            }) : null;
            var summary = await importer.ImportAsync(Path.GetFileName(path), fleet, progress, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"{path}: {summary}.").ConfigureAwait(false);
            return true;
        }
        catch (FleetFileException e)
        {
            foreach (var problem in e.Problems)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
            }

            await error.WriteLineAsync($"{path}: nothing imported; fix the lines above and run the import again.").ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>File names, and the rest as configuration (<c>--Key=value</c> or <c>--Key value</c>).</summary>
    private static (List<string> Files, string[] Settings) Split(string[] args)
    {
        var files = new List<string>();
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith('-'))
            {
                settings.Add(args[i]);
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    settings.Add(args[++i]);
                }
            }
            else
            {
                files.Add(args[i]);
            }
        }

        return (files, [.. settings]);
    }

    /// <summary>Reports on the caller's thread (<see cref="Progress{T}"/> would post to the thread pool and print out of order).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
