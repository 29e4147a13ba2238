namespace SharpCharge.Csms.Domain.Commands;

/// <summary>One 1.6 configuration key as GetConfiguration reports it.</summary>
internal sealed record ConfigurationValue(string Key, string? Value, bool ReadOnly);
