namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>One 1.6 configuration key.</summary>
internal sealed record ConfigurationKeyView(string Key, string? Value, bool Readonly);
