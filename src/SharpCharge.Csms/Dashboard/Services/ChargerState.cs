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

    /// <summary>The status the map colours a charger by: <see cref="ChargerViews.ActivityOf"/>.</summary>
    public static ConnectorStatus? StatusOf(ChargerDto charger) => ChargerViews.ActivityOf(charger);
}
