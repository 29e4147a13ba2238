using System.Text;

namespace SharpCharge.Simulator.Conformance;

/// <summary>The results as a Markdown table (id, verdict, what the case checks, the reason), as docs/conformance.md shows them.</summary>
internal static class MarkdownReport
{
    public static string Table(IReadOnlyList<ConformanceResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| case | result | what is checked | note |");
        text.AppendLine("|---|---|---|---|");
        foreach (var result in results)
        {
            var verdict = result.Verdict switch
            {
                ConformanceVerdict.Passed => "passed",
                ConformanceVerdict.Failed => "**failed**",
                _ => "n/a",
            };
            text.Append("| ").Append(result.Case.Id).Append(" | ").Append(verdict).Append(" | ").Append(Cell(result.Case.Title))
                .Append(" | ").Append(Cell(result.Reason ?? "")).AppendLine(" |");
        }

        text.AppendLine().AppendLine(ResultTable.Totals(results));
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
