namespace SharpCharge.Simulator.Conformance;

/// <summary>Writes the transcript of every failed case to <c>{directory}/{case id}.log</c>.</summary>
internal static class TranscriptFiles
{
    public static async Task WriteAsync(string directory, IReadOnlyList<ConformanceResult> results, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        foreach (var result in results.Where(r => r.Verdict == ConformanceVerdict.Failed))
        {
            var lines = new List<string> { $"{result.Case.Id} {result.Case.Title}", $"FAILED: {result.Reason}", "" };
            lines.AddRange(result.Transcript);
            await File.WriteAllLinesAsync(Path.Combine(directory, result.Case.Id + ".log"), lines, cancellationToken).ConfigureAwait(false);
        }
    }
}
