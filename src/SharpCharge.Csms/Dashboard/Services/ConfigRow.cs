namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>One configuration key (1.6) or variable (2.x, "Component/Variable") with its value and whether it may be changed.</summary>
internal sealed record ConfigRow(string Key, string? Value, bool ReadOnly);
