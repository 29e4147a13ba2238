using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Domain.Reporting;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Api.Statistics;

/// <summary>Figures for dashboards: <c>/api/statistics/dashboard</c> and <c>/api/statistics/daily</c>.</summary>
internal static class StatisticsEndpoints
{
    public const int MaxDays = 366;

    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/statistics").WithTags("Statistics");
        group.MapGet("/dashboard", DashboardAsync).WithName("GetDashboard")
            .WithSummary("Active chargers, sessions and power now, energy today and in total, revenue today, utilization, power by hour for 24 h.");
        group.MapGet("/daily", DailyAsync).WithName("GetDailyStatistics")
            .WithSummary("Sessions, energy and revenue per charger per UTC day (from, to as yyyy-MM-dd; default the last 30 days; charger).");
    }

    /// <summary>Also the dashboard's overview figures.</summary>
    internal static async Task<Ok<DashboardDto>> DashboardAsync(
        IReportingStore reports, ITransactionService transactions, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var thisHour = today.AddHours(now.UtcDateTime.Hour);
        var firstHour = thisHour.AddHours(-23);
        var since = firstHour < today ? firstHour : today;

        var fleet = await reports.GetFleetAsync(null, null, cancellationToken);
        var recent = await reports.ListActiveSinceAsync(since, cancellationToken);
        var endedWh = await reports.EndedEnergyWhAsync(cancellationToken);
        var revenue = await transactions.GetDailyStatsAsync(DateOnly.FromDateTime(today.UtcDateTime), DateOnly.FromDateTime(today.UtcDateTime), null, cancellationToken);

        var chargers = ChargerViews.Build(fleet);
        var connectors = chargers.Sum(c => c.Connectors.Count);
        var busy = chargers.Sum(c => c.Connectors.Count(k => k.TransactionId is not null));
        var hours = Enumerable.Range(0, 24)
            .Select(i =>
            {
                var hour = firstHour.AddHours(i);
                var kwh = Round(recent.Sum(t => EnergyProration.EnergyWhBetween(t, hour, hour.AddHours(1))) / 1000m);
                return new HourlyPowerDto(hour, kwh, kwh);
            })
            .ToList();

        return TypedResults.Ok(new DashboardDto(
            chargers.Count,
            chargers.Count(c => c.Connected),
            fleet.RunningTransactions.Count,
            Round(chargers.Sum(c => c.CurrentPower)),
            Round(recent.Sum(t => EnergyProration.EnergyWhBetween(t, today, now.AddTicks(1))) / 1000m),
            Round((endedWh + fleet.RunningTransactions.Sum(EnergyProration.EnergyWh)) / 1000m),
            [.. revenue.Where(r => r.Currency is not null).GroupBy(r => r.Currency!).Select(g => new MoneyDto(g.Key, Round(g.Sum(r => r.Revenue))))],
            connectors == 0 ? 0m : Math.Round(100m * busy / connectors, 1),
            hours,
            now));
    }

    private static async Task<Results<Ok<IReadOnlyList<DailyStatsDto>>, ValidationProblem>> DailyAsync(
        string? from, string? to, string? charger, ITransactionService transactions, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!TryDay(from, today.AddDays(-29), out var first))
        {
            return ApiProblems.Invalid("from", "Use a day as yyyy-MM-dd.");
        }

        if (!TryDay(to, today, out var last))
        {
            return ApiProblems.Invalid("to", "Use a day as yyyy-MM-dd.");
        }

        if (last < first)
        {
            return ApiProblems.Invalid("to", "Must not be before from.");
        }

        if (last.DayNumber - first.DayNumber >= MaxDays)
        {
            return ApiProblems.Invalid("to", $"At most {MaxDays} days at once.");
        }

        var stats = await transactions.GetDailyStatsAsync(first, last, charger, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DailyStatsDto>>(
            [.. stats.Select(s => new DailyStatsDto(s.ChargerId, s.Day, s.Sessions, Round(s.EnergyWh / 1000m), Round(s.Revenue), s.Currency))]);
    }

    private static bool TryDay(string? text, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        return text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    // Figures for display: four decimals, as stored costs are (TariffCalculator.Decimals).
    private static decimal Round(decimal value) => Math.Round(value, TariffCalculator.Decimals, MidpointRounding.AwayFromZero);
}
