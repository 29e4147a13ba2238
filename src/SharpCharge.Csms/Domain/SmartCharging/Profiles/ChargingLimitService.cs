using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary><see cref="IChargingLimitService"/>: stores what chargers report and notify, and asks the balancer for rounds.</summary>
internal sealed class ChargingLimitService : IChargingLimitService
{
    private readonly IChargingProfileStore _store;
    private readonly IChargerStore _chargers;
    private readonly IStationStore _stations;
    private readonly SiteBalancingQueue _queue;
    private readonly EvChargingNeeds _needs;
    private readonly SiteBalancerOptions _balancer;
    private readonly TimeProvider _time;

    public ChargingLimitService(
        IChargingProfileStore store,
        IChargerStore chargers,
        IStationStore stations,
        SiteBalancingQueue queue,
        EvChargingNeeds needs,
        IOptions<SiteBalancerOptions> balancer,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(balancer);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _chargers = chargers ?? throw new ArgumentNullException(nameof(chargers));
        _stations = stations ?? throw new ArgumentNullException(nameof(stations));
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _needs = needs ?? throw new ArgumentNullException(nameof(needs));
        _balancer = balancer.Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public Task RecordReportAsync(
        string chargerId, int requestId, int evseId, string limitSource, IReadOnlyList<ChargingProfile> profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var now = _time.GetUtcNow();
        return _store.AddReportedAsync(
            chargerId, requestId, [.. profiles.Select(p => new ReportedChargingProfile(chargerId, requestId, evseId, limitSource, p, now))], cancellationToken);
    }

    public async Task RecordExternalLimitAsync(ExternalChargingLimit limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limit);
        await _store.SaveExternalLimitAsync(limit with { ReceivedAt = _time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        await RebalanceSiteOfAsync(limit.ChargerId, cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearExternalLimitAsync(string chargerId, int? evseId, string limitSource, CancellationToken cancellationToken)
    {
        await _store.ClearExternalLimitsAsync(chargerId, evseId, limitSource, cancellationToken).ConfigureAwait(false);
        await RebalanceSiteOfAsync(chargerId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RecordEvChargingNeedsAsync(string chargerId, int evseId, decimal? maxPowerW, CancellationToken cancellationToken)
    {
        if (!_balancer.Enabled || await BalancedSiteOfAsync(chargerId, cancellationToken).ConfigureAwait(false) is not { } site)
        {
            return false;
        }

        _needs.Record(chargerId, evseId, maxPowerW);
        _queue.Request(site, _time.GetUtcNow());
        return true;
    }

    private async Task RebalanceSiteOfAsync(string chargerId, CancellationToken cancellationToken)
    {
        if (await BalancedSiteOfAsync(chargerId, cancellationToken).ConfigureAwait(false) is { } site)
        {
            _queue.Request(site, _time.GetUtcNow());
        }
    }

    private async Task<string?> BalancedSiteOfAsync(string chargerId, CancellationToken cancellationToken)
    {
        if ((await _chargers.FindAsync(chargerId, cancellationToken).ConfigureAwait(false))?.StationId is not { } site)
        {
            return null;
        }

        return (await _stations.GetAsync(site, cancellationToken).ConfigureAwait(false))?.CapacityKw is null ? null : site;
    }
}
