namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// Sessions that ended on one UTC day at one charger: their count, energy and revenue (sessions without a price count
/// as zero revenue). One row per currency if the tariff's currency changed that day.
/// </summary>
internal sealed record ChargerDailyStats(string ChargerId, DateOnly Day, int Sessions, decimal EnergyWh, decimal Revenue, string? Currency);
