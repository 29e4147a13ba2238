using Microsoft.Extensions.Logging;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Domain.SmartCharging;

internal sealed partial class SiteBalancer
{
    private static partial class Log
    {
        [LoggerMessage(SmartChargingEventIds.RoundFailed, LogLevel.Warning,
            "Balancing site {StationId} failed; it is retried later", EventName = "BalancingRoundFailed")]
        public static partial void RoundFailed(ILogger logger, string stationId, Exception exception);

        [LoggerMessage(SmartChargingEventIds.LimitNotAccepted, LogLevel.Information,
            "Charger {ChargerId} EVSE {EvseId} did not accept the limit {LimitW} W ({Outcome}, {Status}); it counts at its last accepted limit", EventName = "BalancerLimitNotAccepted")]
        public static partial void LimitNotAccepted(ILogger logger, string chargerId, int evseId, decimal limitW, CommandOutcome outcome, string? status);

        [LoggerMessage(SmartChargingEventIds.EventsDropped, LogLevel.Warning,
            "The balancer fell behind the live events ({Dropped} lost in all); every site is balanced again", EventName = "BalancerEventsDropped")]
        public static partial void EventsDropped(ILogger logger, long dropped);

        [LoggerMessage(SmartChargingEventIds.SiteOverCommitted, LogLevel.Warning,
            "Site {StationId} may draw {CommittedW} W over its limit of {CapacityW} W: chargers did not accept lower limits", EventName = "SiteOverCommitted")]
        public static partial void SiteOverCommitted(ILogger logger, string stationId, decimal committedW, decimal capacityW);

        [LoggerMessage(SmartChargingEventIds.SiteLookupFailed, LogLevel.Warning,
            "The balancer could not read the site of charger {ChargerId}", EventName = "BalancerSiteLookupFailed")]
        public static partial void SiteLookupFailed(ILogger logger, string chargerId, Exception exception);

        [LoggerMessage(SmartChargingEventIds.LimitLoweredDuringRound, LogLevel.Information,
            "Site {StationId}'s limit went from {PlannedW} W to {LimitW} W during a round; its increases are planned again", EventName = "SiteLimitLoweredDuringRound")]
        public static partial void LimitLoweredDuringRound(ILogger logger, string stationId, decimal plannedW, decimal? limitW);
    }
}
