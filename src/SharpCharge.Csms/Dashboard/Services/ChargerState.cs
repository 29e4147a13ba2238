using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>
/// The five states the dashboard colours chargers by: available (green), charging (blue), faulted (red), offline
/// (grey) and everything else (amber). The colours live in dashboard.css and dashboard.js.
/// </summary>
internal static class ChargerState
{
    public const string Available = "available";
    public const string Charging = "charging";
    public const string Faulted = "faulted";
    public const string Offline = "offline";
    public const string Other = "other";

    /// <summary>The colour state of a charger: offline when not connected, otherwise that of <see cref="StatusOf"/>.</summary>
    public static string Of(ChargerDto charger)
    {
        ArgumentNullException.ThrowIfNull(charger);
        return Of(charger.Connected, StatusOf(charger));
    }

    public static string Of(bool connected, ConnectorStatus? status) => !connected
        ? Offline
        : status switch
        {
            ConnectorStatus.Available => Available,
            ConnectorStatus.Charging => Charging,
            ConnectorStatus.Faulted => Faulted,
            _ => Other,
        };

    /// <summary>
    /// The status an operator cares most about among the whole charger's (connector 0 / EVSE 0) and its connectors':
    /// a 1.6 charger keeps reporting connector 0 Available while connector 1 charges, and the map must show it charging.
    /// A 2.x connector reports Occupied while its session charges; the session's charging state says it charges
    /// (<see cref="SessionConnectorStatus"/>), so a charging 2.x charger is blue like a 1.6 one.
    /// </summary>
    public static ConnectorStatus? StatusOf(ChargerDto charger)
    {
        ArgumentNullException.ThrowIfNull(charger);
        return ConnectorStatusRanking.MostSignificant(
            charger.Connectors.Select(c => SessionConnectorStatus.Of(c.Status, c.ChargingState)).Prepend(charger.Status).OfType<ConnectorStatus>());
    }
}
