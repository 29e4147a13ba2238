namespace SharpCharge.Csms.Api.Statistics;

/// <summary>Sessions that ended at one charger on one UTC day: count, energy and revenue (one row per currency).</summary>
internal sealed record DailyStatsDto(string ChargerId, DateOnly Day, int Sessions, decimal EnergyKwh, decimal Revenue, string? Currency);
