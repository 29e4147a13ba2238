namespace SharpCharge.Csms.Api.Statistics;

/// <summary>The fleet at a glance. Days and hours are UTC.</summary>
/// <param name="ChargersTotal">Registered chargers.</param>
/// <param name="ActiveChargers">Chargers connected now.</param>
/// <param name="ChargingNow">Sessions running now.</param>
/// <param name="PowerNowKw">The sum of the running sessions' newest power readings.</param>
/// <param name="EnergyTodayKwh">Energy delivered since midnight (each session's energy spread evenly over its duration).</param>
/// <param name="EnergyTotalKwh">Energy of every session ever, the running ones so far.</param>
/// <param name="RevenueToday">The cost of the sessions that ended today, per currency.</param>
/// <param name="UtilizationPercent">Connectors with a running session, as a share of all known connectors.</param>
/// <param name="PowerByHour">The last 24 hours, oldest first: the energy delivered in each hour and so its average power.</param>
internal sealed record DashboardDto(
    int ChargersTotal,
    int ActiveChargers,
    int ChargingNow,
    decimal PowerNowKw,
    decimal EnergyTodayKwh,
    decimal EnergyTotalKwh,
    IReadOnlyList<MoneyDto> RevenueToday,
    decimal UtilizationPercent,
    IReadOnlyList<HourlyPowerDto> PowerByHour,
    DateTimeOffset GeneratedAt);
