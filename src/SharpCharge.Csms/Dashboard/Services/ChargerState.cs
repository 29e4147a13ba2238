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

    public static string Of(bool connected, ConnectorStatus? status) => !connected
        ? Offline
        : status switch
        {
            ConnectorStatus.Available => Available,
            ConnectorStatus.Charging => Charging,
            ConnectorStatus.Faulted => Faulted,
            _ => Other,
        };
}
