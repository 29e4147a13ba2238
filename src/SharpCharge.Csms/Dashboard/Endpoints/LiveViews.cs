using System.Text.Json;
using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary>Turns <see cref="LiveEvent"/>s into the <see cref="LiveView"/>s a page applies: each event plus its charger's state now.</summary>
internal static class LiveViews
{
    /// <summary>
    /// The views of a batch of events, with one reading of the chargers they name: that charger alone when there is
    /// one, else the whole fleet at once.
    /// </summary>
    public static async Task<IReadOnlyList<LiveView>> BuildAsync(IReadOnlyList<LiveEvent> liveEvents, DashboardQueries queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(liveEvents);
        ArgumentNullException.ThrowIfNull(queries);
        var ids = liveEvents.Select(e => e.ChargerId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        IReadOnlyList<ChargerDto> chargers = ids.Count switch
        {
            0 => [],
            1 => await queries.ChargerAsync(ids[0], cancellationToken).ConfigureAwait(false) is { } one ? [one] : [],
            _ => await queries.ChargersAsync(null, cancellationToken).ConfigureAwait(false),
        };
        var byId = new Dictionary<string, ChargerDto>(StringComparer.OrdinalIgnoreCase);
        foreach (var charger in chargers)
        {
            byId[charger.ChargerId] = charger;
        }

        return [.. liveEvents.Select(e => Build(e, byId.GetValueOrDefault(e.ChargerId)))];
    }

    public static LiveView Build(LiveEvent liveEvent, ChargerDto? charger)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        return new LiveView(JsonNamingPolicy.SnakeCaseLower.ConvertName(liveEvent.Kind.ToString()), charger?.ChargerId ?? liveEvent.ChargerId, liveEvent.At)
        {
            State = charger is null ? null : ChargerState.Of(charger),
            Status = charger is null ? null : ChargerState.StatusOf(charger)?.ToString(),
            Connected = charger?.Connected,
            ChargerPowerKw = charger?.CurrentPower,
            ChargerEnergyKwh = charger?.EnergyAccumulated,
            EvseId = liveEvent.EvseId,
            ConnectorId = liveEvent.ConnectorId,
            ConnectorStatus = liveEvent.Status?.ToString(),
            TransactionId = liveEvent.TransactionId,
            PowerKw = liveEvent.PowerKw,
            EnergyKwh = liveEvent.EnergyKwh,
            SocPercent = liveEvent.SocPercent,
        };
    }
}
