using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Simulator.Conformance;
using SharpCharge.Simulator.Conformance.Cases;
using SharpCharge.Simulator.Conformance.Running;
using Xunit.Abstractions;

namespace SharpCharge.Simulator.Tests.Conformance;

/// <summary>
/// Every conformance case against the project's own central system, with its REST API as the operator: each case
/// passes, is not applicable for the reason it states, or is on the short list of explained failures below. The
/// Markdown table of the run is what docs/conformance.md shows.
/// </summary>
public sealed class ConformanceAgainstCsmsTests(ITestOutputHelper log)
{
    /// <summary>Cases our central system fails today, each with the reason (docs/conformance.md repeats them).</summary>
    private static readonly Dictionary<string, string> ExpectedFailures = new(StringComparer.Ordinal);

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task EveryCase_PassesOrIsExplained(OcppVersion version)
    {
        await using var storage = new SqliteBackend();
        await using var server = await CsmsServer.StartAsync(storage);
        var settings = new ConformanceSettings
        {
            Csms = new Uri($"ws://127.0.0.1:{server.OcppPort}/ocpp"),
            Version = version,
            Api = new Uri($"http://127.0.0.1:{server.ApiPort}"),
            // Only a failing step waits this long; the first handshake of a cold server on a busy machine can take seconds.
            StepTimeout = TimeSpan.FromSeconds(15),
        };
        var output = new StringWriter();

        var results = await new ConformanceRunner(settings, output, TimeProvider.System).RunAsync(CaseCatalogue.For(version), CancellationToken.None);

        log.WriteLine(output.ToString());
        log.WriteLine(MarkdownReport.Table(results));
        foreach (var failed in results.Where(r => r.Verdict == ConformanceVerdict.Failed && !ExpectedFailures.ContainsKey(r.Case.Id)))
        {
            log.WriteLine(string.Join(Environment.NewLine, failed.Transcript));
        }

        Assert.Empty(results.Where(r => r.Verdict == ConformanceVerdict.Failed && !ExpectedFailures.ContainsKey(r.Case.Id)).Select(r => $"{r.Case.Id}: {r.Reason}"));
        Assert.Empty(results.Where(r => r.Verdict != ConformanceVerdict.Failed && ExpectedFailures.ContainsKey(r.Case.Id)).Select(r => $"{r.Case.Id} no longer fails: take it off the expected failures"));
        Assert.All(results.Where(r => r.Verdict == ConformanceVerdict.NotApplicable), r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.True(results.Count(r => r.Verdict == ConformanceVerdict.Passed) >= results.Count * 3 / 4, "most cases run and pass against our own central system");
        await PublishedTableMatchesAsync(version, MarkdownReport.Table(results));
    }

    /// <summary>
    /// docs/conformance.md shows this run's table between its markers: a case added, removed or with another verdict
    /// makes the test fail until the page is regenerated (SHARPCHARGE_UPDATE_DOCS=1 writes it).
    /// </summary>
    private static async Task PublishedTableMatchesAsync(OcppVersion version, string table)
    {
        var root = RepositoryRoot() ?? throw new InvalidOperationException("The repository root (SharpCharge.slnx) was not found above the test's folder.");
        var path = Path.Combine(root, "docs", "conformance.md");
        var page = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        var name = version == OcppVersion.V16 ? "1.6" : "2.0.1";
        var start = page.IndexOf($"<!-- conformance-table {name}:", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/conformance.md has no marker for the {name} table.");
        var from = page.IndexOf('\n', start) + 1;
        var to = page.IndexOf("<!-- /conformance-table -->", from, StringComparison.Ordinal);
        var published = page[from..to];
        var expected = table.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("SHARPCHARGE_UPDATE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(path, page[..from] + expected + page[to..]);
            return;
        }

        Assert.Equal(expected, published);
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SharpCharge.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
