using Microsoft.Extensions.Options;
using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Api.Geo;
using SharpCharge.Csms.Api.Statistics;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.Reporting;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>
/// What the dashboard's pages read, from the same domain services and views as the REST API, so a figure on a page
/// and in <c>/api</c> never disagree. Stateless; the pages call it once per request.
/// </summary>
internal sealed class DashboardQueries
{
    /// <summary>The lowest power limit the slider offers, kW (lower only for a charger whose maximum is lower).</summary>
    public const int MinPowerLimitKw = 10;

    private readonly IReportingStore _reports;
    private readonly IStationService _stations;
    private readonly ITransactionService _transactions;
    private readonly IChargerEventService _events;
    private readonly TimeProvider _time;
    private readonly DashboardOptions _options;

    public DashboardQueries(
        IReportingStore reports,
        IStationService stations,
        ITransactionService transactions,
        IChargerEventService events,
        TimeProvider time,
        IOptions<DashboardOptions> options)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _reports = reports;
        _stations = stations;
        _transactions = transactions;
        _events = events;
        _time = time;
        _options = options.Value;
    }

    public DashboardOptions Options => _options;

    /// <summary>
    /// The power-limit slider's range for a charger, in whole kW: 10 (or the charger's maximum, if lower) up to the
    /// charger's maximum power, or <see cref="DashboardOptions.MaxPowerLimitKw"/> when it is not known.
    /// </summary>
    public (int Min, int Max) PowerLimitRange(ChargerDto charger) => PowerLimitRange(charger, _options);

    public static (int Min, int Max) PowerLimitRange(ChargerDto charger, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(charger);
        ArgumentNullException.ThrowIfNull(options);
        var max = charger.MaxPowerKw is { } kw ? Math.Max(1, (int)Math.Floor(kw)) : options.MaxPowerLimitKw;
        return (Math.Min(MinPowerLimitKw, max), max);
    }

    /// <summary>The KPI figures and the power by hour, exactly as <c>/api/statistics/dashboard</c> reports them.</summary>
    public async Task<DashboardDto> FiguresAsync(CancellationToken cancellationToken) =>
        (await StatisticsEndpoints.DashboardAsync(_reports, _transactions, _time, cancellationToken).ConfigureAwait(false)).Value!;

    /// <summary>The KPI figures and each station's load now, for the live stream (see <see cref="LiveFiguresSource"/>).</summary>
    public async Task<LiveFigures> LiveFiguresAsync(CancellationToken cancellationToken)
    {
        var figures = await FiguresAsync(cancellationToken).ConfigureAwait(false);
        var chargers = await ChargersAsync(null, cancellationToken).ConfigureAwait(false);
        var stations = chargers
            .Where(c => c.StationId is not null)
            .GroupBy(c => c.StationId!, StringComparer.Ordinal)
            .Select(g => new StationLoad(g.Key, g.Sum(c => c.CurrentPower), g.Count(c => c.Connected), g.Count()))
            .OrderBy(s => s.StationId, StringComparer.Ordinal)
            .ToList();
        return new LiveFigures(
            figures.ChargersTotal,
            figures.ActiveChargers,
            figures.ChargingNow,
            figures.PowerNowKw,
            figures.EnergyTodayKwh,
            figures.RevenueToday,
            figures.UtilizationPercent,
            stations);
    }

    public async Task<IReadOnlyList<ChargerDto>> ChargersAsync(string? stationId, CancellationToken cancellationToken) =>
        ChargerViews.Build(await _reports.GetFleetAsync(stationId, null, cancellationToken).ConfigureAwait(false));

    public async Task<ChargerDto?> ChargerAsync(string chargerId, CancellationToken cancellationToken) =>
        ChargerViews.Build(await _reports.GetFleetAsync(null, chargerId, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public Task<IReadOnlyList<Station>> StationsAsync(CancellationToken cancellationToken) => _stations.ListAsync(cancellationToken);

    /// <summary>Every charger with coordinates of its own or of its station, plus the heat layer of delivered energy.</summary>
    public async Task<OverviewMap> MapAsync(IReadOnlyList<ChargerDto> chargers, CancellationToken cancellationToken)
    {
        var stations = (await _stations.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Id);
        var points = new List<MapPoint>();
        foreach (var charger in chargers)
        {
            var station = charger.StationId is { } id ? stations.GetValueOrDefault(id) : null;
            if (ChargerPosition.Of(charger, station) is { } position)
            {
                points.Add(new MapPoint(
                    charger.ChargerId, station?.Id, station?.Name, position.Latitude, position.Longitude,
                    ChargerState.Of(charger), charger.CurrentPower, position.Own));
            }
        }

        var heat = (await GeoEndpoints.HeatmapAsync(_reports, _stations, cancellationToken).ConfigureAwait(false)).Value!.Features
            .Select(f => new HeatPoint(f.Geometry.Coordinates[1], f.Geometry.Coordinates[0], f.Properties.Weight, f.Properties.EnergyKwh))
            .ToList();
        var fleet = chargers.Select(c => new FleetEntry(c.ChargerId, ChargerState.Of(c), c.CurrentPower)).ToList();
        return new OverviewMap(_options.TileUrl, _options.TileAttribution, points, heat, fleet);
    }

    public Task<TransactionPage> TransactionsAsync(TransactionQuery query, CancellationToken cancellationToken) =>
        _reports.SearchTransactionsAsync(query, cancellationToken);

    public Task<TransactionRecord?> TransactionAsync(long id, CancellationToken cancellationToken) => _transactions.GetAsync(id, cancellationToken);

    /// <summary>A session's power (kW) and state of charge (%) over time, from its stored meter values.</summary>
    public async Task<ChartData> SessionChartAsync(long transactionId, CancellationToken cancellationToken)
    {
        var values = await _transactions.GetMeterValuesAsync(transactionId, cancellationToken).ConfigureAwait(false);
        var points = new SortedDictionary<long, (decimal? Power, decimal? Soc)>();
        foreach (var value in values)
        {
            var at = value.Sample.Timestamp.ToUnixTimeSeconds();
            points.TryGetValue(at, out var point);
            if (PowerReading.ToKw(value.Sample) is { } kw)
            {
                points[at] = (Math.Round(kw, 2), point.Soc);
            }
            else if (value.Sample.Measurand == PowerReading.StateOfCharge && value.Sample.Phase is null && value.Sample.Value is { } soc)
            {
                points[at] = (point.Power, soc);
            }
        }

        return new ChartData([.. points.Keys], [[.. points.Values.Select(p => p.Power)], [.. points.Values.Select(p => p.Soc)]], ["Power (kW)", "SoC (%)"]);
    }

    /// <summary>The 24 hours of the overview's chart: average power per hour in kW.</summary>
    public static ChartData HourlyChart(DashboardDto figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new ChartData(
            [.. figures.PowerByHour.Select(h => h.Hour.ToUnixTimeSeconds())],
            [[.. figures.PowerByHour.Select(h => (decimal?)h.AveragePowerKw)]],
            ["Average power (kW)"]);
    }

    public Task<IReadOnlyList<TransactionRecord>> RecentTransactionsAsync(string chargerId, int limit, CancellationToken cancellationToken) =>
        _transactions.ListAsync(chargerId, null, limit, cancellationToken);

    /// <summary>The newest frames of the charger's protocol log (empty unless Csms:ProtocolLogEnabled), oldest first.</summary>
    public async Task<IReadOnlyList<LogLine>> ProtocolLogAsync(string chargerId, int limit, CancellationToken cancellationToken)
    {
        var entries = await _events.ListProtocolLogAsync(chargerId, limit, cancellationToken).ConfigureAwait(false);
        return [.. entries.OrderBy(e => e.Id).Select(e => new LogLine(e.Id, e.LoggedAt, e.Direction.ToString(), e.MessageType.ToString(), e.Action, e.Payload))];
    }
}
