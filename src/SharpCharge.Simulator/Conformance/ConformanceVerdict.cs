namespace SharpCharge.Simulator.Conformance;

/// <summary>How one test case ended.</summary>
internal enum ConformanceVerdict
{
    /// <summary>Every step ran and every check held.</summary>
    Passed,

    /// <summary>A check failed, an expected message did not come, or the central system broke the protocol.</summary>
    Failed,

    /// <summary>The case could not run here: it needs something the run does not have (an operator, a certificate authority, ...).</summary>
    NotApplicable,
}
