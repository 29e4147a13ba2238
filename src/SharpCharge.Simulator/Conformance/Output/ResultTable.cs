using System.Globalization;

namespace SharpCharge.Simulator.Conformance;

/// <summary>The console output: one line per case as it finishes, and the totals at the end.</summary>
internal static class ResultTable
{
    public static string Line(ConformanceResult result)
    {
        var verdict = result.Verdict switch
        {
            ConformanceVerdict.Passed => "passed",
            ConformanceVerdict.Failed => "FAILED",
            _ => "n/a",
        };
        var reason = result.Reason is null ? "" : "  " + result.Reason;
        return string.Create(CultureInfo.InvariantCulture, $"{result.Case.Id,-15} {verdict,-7} {result.Duration.TotalSeconds,6:0.00}s  {result.Case.Title}{reason}");
    }

    public static string Totals(IReadOnlyList<ConformanceResult> results)
        => $"{results.Count} cases: {Count(results, ConformanceVerdict.Passed)} passed, {Count(results, ConformanceVerdict.Failed)} failed, {Count(results, ConformanceVerdict.NotApplicable)} not applicable.";

    public static int Count(IReadOnlyList<ConformanceResult> results, ConformanceVerdict verdict) => results.Count(r => r.Verdict == verdict);
}
