namespace SharpCharge.Csms.Domain.Stations;

/// <summary>
/// What charging at a station costs: <see cref="PricePerKwh"/> for energy, plus an optional price per minute of
/// session time and a fixed fee per session, all in <see cref="Currency"/> (ISO 4217, three upper-case letters).
/// </summary>
internal sealed record Tariff(decimal PricePerKwh, string Currency)
{
    public decimal? PricePerMinute { get; init; }

    public decimal? SessionFee { get; init; }
}
