namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>A step's check did not hold: the case fails with this message.</summary>
internal sealed class CaseFailedException(string message) : Exception(message);
