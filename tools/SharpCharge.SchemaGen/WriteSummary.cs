namespace SharpCharge.SchemaGen;

/// <summary>What <see cref="OutputWriter"/> did.</summary>
internal sealed record WriteSummary(int Generated, int Written, int Deleted);
