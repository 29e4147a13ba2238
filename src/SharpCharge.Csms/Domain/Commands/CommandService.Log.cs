using Microsoft.Extensions.Logging;

namespace SharpCharge.Csms.Domain.Commands;

internal sealed partial class CommandService
{
    private static partial class Log
    {
        [LoggerMessage(DomainEventIds.CommandNotAccepted, LogLevel.Information,
            "Command {Command} to charger {ChargerId} ended {Outcome} (status {Status})", EventName = "CommandNotAccepted")]
        public static partial void CommandNotAccepted(ILogger logger, string chargerId, string command, CommandOutcome outcome, string? status);

        [LoggerMessage(DomainEventIds.FollowUpWithoutCommand, LogLevel.Debug,
            "Charger {ChargerId} reported {Status} for a {Command} (request {RequestId}) not in the command history", EventName = "FollowUpWithoutCommand")]
        public static partial void FollowUpWithoutCommand(ILogger logger, string chargerId, string command, int? requestId, string status);
    }
}
