namespace SharpCharge.Csms.Api.Statistics;

/// <summary>An amount in one currency (ISO 4217).</summary>
internal sealed record MoneyDto(string Currency, decimal Amount);
