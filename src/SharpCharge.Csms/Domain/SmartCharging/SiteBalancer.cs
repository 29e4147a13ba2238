using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>
/// Site load management: keeps every balanced site (a station with a capacity) under its limit by dividing it among the
/// running sessions (<see cref="SiteAllocator"/>) and sending each session's limit through <see cref="ICommandRouter"/>.
/// Sessions starting and ending and meter readings arrive as live events; each marks its site for a round after the
/// debounce. A round reads the site's running sessions from the store (so a lost event costs nothing lasting), asks
/// <see cref="ISiteLeadership"/> first, sends decreases before increases, and when a charger does not accept its limit
/// counts it at what it may still draw and lowers the others.
/// </summary>
internal sealed partial class SiteBalancer : BackgroundService
{
    private const int EventBuffer = 4_096;

    private readonly ILiveEvents _events;
    private readonly ICommandRouter _router;
    private readonly ISiteLeadership _leadership;
    private readonly IStationStore _stations;
    private readonly IChargerStore _chargers;
    private readonly ITransactionService _transactions;
    private readonly IIdTokenStore _tokens;
    private readonly SiteBalancingQueue _queue;
    private readonly SiteLoadJournal _journal;
    private readonly IChargingProfileStore _profiles;
    private readonly EvChargingNeeds _needs;
    private readonly SiteBalancerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SiteBalancer> _logger;

    // Charger id -> station id, learned from the store; refreshed by every round of the site.
    private readonly ConcurrentDictionary<string, string?> _siteOfCharger = new(StringComparer.OrdinalIgnoreCase);

    // Transaction id -> what the balancer knows about its limit; entries leave when their session is no longer running.
    private readonly ConcurrentDictionary<long, SessionLimitState> _sessions = new();

    public SiteBalancer(
        ILiveEvents events,
        ICommandRouter router,
        ISiteLeadership leadership,
        IStationStore stations,
        IChargerStore chargers,
        ITransactionService transactions,
        IIdTokenStore tokens,
        SiteBalancingQueue queue,
        SiteLoadJournal journal,
        IChargingProfileStore profiles,
        EvChargingNeeds needs,
        IOptions<SiteBalancerOptions> options,
        TimeProvider time,
        ILogger<SiteBalancer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _router = router ?? throw new ArgumentNullException(nameof(router));
        _leadership = leadership ?? throw new ArgumentNullException(nameof(leadership));
        _stations = stations ?? throw new ArgumentNullException(nameof(stations));
        _chargers = chargers ?? throw new ArgumentNullException(nameof(chargers));
        _transactions = transactions ?? throw new ArgumentNullException(nameof(transactions));
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _journal = journal ?? throw new ArgumentNullException(nameof(journal));
        _profiles = profiles ?? throw new ArgumentNullException(nameof(profiles));
        _needs = needs ?? throw new ArgumentNullException(nameof(needs));
        _options = options.Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        using var subscription = _events.Subscribe(EventBuffer);
        try
        {
            await RequestEverySiteAsync(stoppingToken).ConfigureAwait(false);

            await Task.WhenAll(ReadEventsAsync(subscription, stoppingToken), RunRoundsAsync(stoppingToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    // Sessions may already run (a restart): every site with a capacity gets a first round.
    private async Task RequestEverySiteAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var station in await _stations.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (station.CapacityKw is not null)
                {
                    _queue.Request(station.Id, _time.GetUtcNow());
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Without the list, sites are balanced from their first session event on.
            Log.SiteLookupFailed(_logger, "*", e);
        }
    }

    private async Task ReadEventsAsync(LiveEventSubscription subscription, CancellationToken cancellationToken)
    {
        var dropped = 0L;
        await foreach (var liveEvent in subscription.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (subscription.Dropped != dropped)
            {
                // A lost start or end is found by the next round of its site (rounds read the store); until then, balance all.
                dropped = subscription.Dropped;
                Log.EventsDropped(_logger, dropped);
                foreach (var site in _siteOfCharger.Values.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (site is not null)
                    {
                        _queue.Request(site, _time.GetUtcNow());
                    }
                }
            }

            switch (liveEvent.Kind)
            {
                case LiveEventKind.TransactionStarted or LiveEventKind.TransactionEnded:
                    await RequestRoundAsync(liveEvent.ChargerId, cancellationToken).ConfigureAwait(false);
                    break;
                case LiveEventKind.MeterUpdated or LiveEventKind.TransactionUpdated when liveEvent is { TransactionId: { } id, PowerKw: { } kw }:
                    if (_sessions.TryGetValue(id, out var session))
                    {
                        session.RecordPower(kw * 1000m);
                    }

                    break;
            }
        }
    }

    private async Task RequestRoundAsync(string chargerId, CancellationToken cancellationToken)
    {
        try
        {
            if (await SiteOfAsync(chargerId, cancellationToken).ConfigureAwait(false) is { } site)
            {
                _queue.Request(site, _time.GetUtcNow() + _options.Debounce);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The store could not say which site the charger belongs to; that site's periodic round catches up.
            Log.SiteLookupFailed(_logger, chargerId, e);
        }
    }

    private async Task RunRoundsAsync(CancellationToken cancellationToken)
    {
        // Short enough that a round starts soon after its debounce, long enough to cost nothing while idle.
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(_options.DebounceMilliseconds / 4, 20, 250));
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(tick, _time, cancellationToken).ConfigureAwait(false);
            var due = _queue.TakeDue(_time.GetUtcNow());
            if (due.Count > 0)
            {
                // Sites due together are balanced together; rounds of one site never overlap, because the next tick
                // waits for these. A charger that does not answer holds its site's round up to the call timeout.
                await Task.WhenAll(due.Select(site => RoundAsync(site, cancellationToken))).ConfigureAwait(false);
            }
        }
    }

    private async Task RoundAsync(string stationId, CancellationToken cancellationToken)
    {
        try
        {
            await BalanceAsync(stationId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One failed round must not stop the balancer; the site is retried after the rebalance interval.
            Log.RoundFailed(_logger, stationId, e);
            _queue.Request(stationId, _time.GetUtcNow() + _options.Rebalance);
        }
    }

    private async ValueTask<string?> SiteOfAsync(string chargerId, CancellationToken cancellationToken)
    {
        if (_siteOfCharger.TryGetValue(chargerId, out var site))
        {
            return site;
        }

        site = (await _chargers.FindAsync(chargerId, cancellationToken).ConfigureAwait(false))?.StationId;
        _siteOfCharger[chargerId] = site;
        return site;
    }

    private static string ChargerTransactionId(TransactionRecord transaction)
        => transaction.ChargerTransactionId ?? transaction.Id.ToString(CultureInfo.InvariantCulture);
}
