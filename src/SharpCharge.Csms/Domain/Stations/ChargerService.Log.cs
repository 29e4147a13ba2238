using Microsoft.Extensions.Logging;

namespace SharpCharge.Csms.Domain.Stations;

internal sealed partial class ChargerService
{
    private static partial class Log
    {
        [LoggerMessage(DomainEventIds.ChargerRegistered, LogLevel.Information,
            "Charger {ChargerId} registered with status {Status}", EventName = "ChargerRegistered")]
        public static partial void ChargerRegistered(ILogger logger, string chargerId, ChargerRegistrationStatus status);

        [LoggerMessage(DomainEventIds.RegistrationStatusChanged, LogLevel.Information,
            "Charger {ChargerId} registration status set to {Status}", EventName = "RegistrationStatusChanged")]
        public static partial void RegistrationStatusChanged(ILogger logger, string chargerId, ChargerRegistrationStatus status);

        [LoggerMessage(DomainEventIds.BootFromUnknownCharger, LogLevel.Warning,
            "BootNotification from unknown charger {ChargerId} answered Rejected", EventName = "BootFromUnknownCharger")]
        public static partial void BootFromUnknownCharger(ILogger logger, string chargerId);

        [LoggerMessage(DomainEventIds.ChargerDeleted, LogLevel.Information,
            "Charger {ChargerId} deleted; its history is kept", EventName = "ChargerDeleted")]
        public static partial void ChargerDeleted(ILogger logger, string chargerId);
    }
}
