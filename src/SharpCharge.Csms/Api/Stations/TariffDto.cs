namespace SharpCharge.Csms.Api.Stations;

/// <summary>
/// What charging at a station costs: <c>price_per_kwh</c> in <c>currency</c> (ISO 4217, e.g. EUR), plus optionally a
/// price per minute of session time and a fixed fee per session.
/// </summary>
internal sealed record TariffDto(decimal? PricePerKwh, string? Currency, decimal? PricePerMinute, decimal? SessionFee);
