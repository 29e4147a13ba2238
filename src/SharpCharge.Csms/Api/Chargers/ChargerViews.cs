using SharpCharge.Csms.Domain.Reporting;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Api.Chargers;

/// <summary>Builds <see cref="ChargerDto"/>s from a <see cref="FleetSnapshot"/>: connectors, running sessions and power joined per charger.</summary>
internal static class ChargerViews
{
    public static IReadOnlyList<ChargerDto> Build(FleetSnapshot fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var connectors = fleet.Connectors.ToLookup(c => c.ChargerId, StringComparer.OrdinalIgnoreCase);
        var running = fleet.RunningTransactions.ToLookup(t => t.ChargerId, StringComparer.OrdinalIgnoreCase);
        return [.. fleet.Chargers.Select(c => Build(c, [.. connectors[c.Id]], [.. running[c.Id]], fleet.PowerKwByTransaction))];
    }

    /// <summary>
    /// The status an operator cares most about among the whole charger's (connector 0 / EVSE 0) and its connectors':
    /// a 1.6 charger keeps reporting connector 0 Available while connector 1 charges, and the map must show it charging.
    /// A 2.x connector reports Occupied while its session charges; the session's charging state says it charges
    /// (<see cref="SessionConnectorStatus"/>), so a charging 2.x charger counts as charging like a 1.6 one.
    /// </summary>
    public static ConnectorStatus? ActivityOf(ChargerDto charger)
    {
        ArgumentNullException.ThrowIfNull(charger);
        return ConnectorStatusRanking.MostSignificant(
            charger.Connectors.Select(c => SessionConnectorStatus.Of(c.Status, c.ChargingState)).Prepend(charger.Status).OfType<ConnectorStatus>());
    }

    private static ChargerDto Build(
        Charger charger, IReadOnlyList<ConnectorState> states, IReadOnlyList<TransactionRecord> running, IReadOnlyDictionary<long, decimal> power)
    {
        decimal PowerOf(TransactionRecord? t) => t is not null && power.TryGetValue(t.Id, out var kw) ? kw : 0m;

        var connectors = new List<ConnectorDto>();
        foreach (var state in states.Where(s => s.EvseId > 0))
        {
            var session = running.FirstOrDefault(t => t.EvseId == state.EvseId && (t.ConnectorId is null || t.ConnectorId == state.ConnectorId));
            connectors.Add(new ConnectorDto(state.EvseId, state.ConnectorId, state.Status, state.ErrorCode, state.StatusAt, PowerOf(session), session?.Id)
            {
                ChargingState = session?.ChargingState,
            });
        }

        // A session on a connector that never reported its status still shows.
        foreach (var session in running.Where(t => t.EvseId is > 0 && !connectors.Exists(c => c.TransactionId == t.Id)))
        {
            connectors.Add(new ConnectorDto(session.EvseId!.Value, session.ConnectorId ?? 1, null, null, null, PowerOf(session), session.Id)
            {
                ChargingState = session.ChargingState,
            });
        }

        connectors.Sort((a, b) => a.EvseId != b.EvseId ? a.EvseId.CompareTo(b.EvseId) : a.ConnectorId.CompareTo(b.ConnectorId));
        var whole = states.FirstOrDefault(s => s.EvseId == 0);
        var energyWh = running.Sum(t => t.LastMeterWh is { } last && t.MeterStartWh is { } start ? Math.Max(0m, last - start) : 0m);
        return new ChargerDto(
            charger.Id,
            charger.StationId,
            charger.Vendor,
            charger.Model,
            charger.SerialNumber,
            charger.FirmwareVersion,
            ApiNames.OcppVersion(charger.OcppVersion),
            charger.RegistrationStatus,
            charger.Online,
            charger.LastSeenAt,
            whole?.Status ?? ConnectorStatusRanking.MostSignificant(connectors.Select(c => c.Status).OfType<ConnectorStatus>()),
            connectors,
            running.Sum(PowerOf),
            energyWh / 1000m,
            running.OrderBy(t => t.StartedAt).FirstOrDefault()?.Id,
            charger.HasPassword,
            charger.CreatedAt,
            charger.Latitude,
            charger.Longitude,
            charger.MaxPowerKw);
    }
}
