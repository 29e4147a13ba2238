using System.Text.Json;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary>Turns a <see cref="LiveEvent"/> into the <see cref="LiveView"/> a page applies: the event plus the charger's state now.</summary>
internal static class LiveViews
{
    public static async Task<LiveView> BuildAsync(LiveEvent liveEvent, DashboardQueries queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        ArgumentNullException.ThrowIfNull(queries);
        var charger = await queries.ChargerAsync(liveEvent.ChargerId, cancellationToken).ConfigureAwait(false);
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
