namespace SharpCharge.Simulator.Conformance;

/// <summary>The outcome of one test case: the verdict, why (for a failure or a case that did not apply), and what went over the wire.</summary>
internal sealed record ConformanceResult(ConformanceCase Case, ConformanceVerdict Verdict, string? Reason, TimeSpan Duration, IReadOnlyList<string> Transcript);
