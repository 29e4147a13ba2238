using SharpCharge.Csms.Api.Statistics;

namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>
/// The overview's KPI figures and every station's load now, as the live stream sends them (event <c>figures</c>)
/// after a change. The same figures as <c>/api/statistics/dashboard</c>.
/// </summary>
internal sealed record LiveFigures(
    int ChargersTotal,
    int ChargersOnline,
    int ChargingNow,
    decimal PowerNowKw,
    decimal EnergyTodayKwh,
    IReadOnlyList<MoneyDto> RevenueToday,
    decimal UtilisationPercent,
    IReadOnlyList<StationLoad> Stations);
