namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>The run cannot start (the API refused to register the station, say): the message says what to fix.</summary>
internal sealed class ConformanceSetupException(string message) : Exception(message);
