using System.Text.Json.Serialization;
using SharpCharge.Simulator.Load;
using SharpCharge.Simulator.Run;

namespace SharpCharge.Simulator;

/// <summary>The summaries, serialised without reflection (trimming and NativeAOT safe).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RunSummary))]
[JsonSerializable(typeof(LoadSummary))]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
