namespace SharpCharge.Csms.Domain.Commands;

/// <summary>The answer to <see cref="GetConfiguration"/>: known keys and the requested keys the charger does not know.</summary>
internal sealed record ConfigurationReport(IReadOnlyList<ConfigurationValue> Keys, IReadOnlyList<string> UnknownKeys);
