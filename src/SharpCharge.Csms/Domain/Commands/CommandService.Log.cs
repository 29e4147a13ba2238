using Microsoft.Extensions.Logging;

namespace SharpCharge.Csms.Domain.Commands;

internal sealed partial class CommandService
{
    private static partial class Log
    {
        public static readonly Func<ILogger, long, string, IDisposable?> CommandScope
            = LoggerMessage.DefineScope<long, string>("Command {CommandId} {Command}");

        [LoggerMessage(DomainEventIds.CommandSending, LogLevel.Information,
            "Command {CommandId} {Command} to charger {ChargerId}: sending", EventName = "CommandSending")]
        public static partial void CommandSending(ILogger logger, long commandId, string command, string chargerId);

        [LoggerMessage(DomainEventIds.CommandEnded, LogLevel.Information,
            "Command {CommandId} {Command} to charger {ChargerId} ended {Outcome} (status {Status}) in {DurationMs} ms", EventName = "CommandEnded")]
        public static partial void CommandEnded(ILogger logger, long commandId, string command, string chargerId, CommandOutcome outcome, string? status, long durationMs);

        [LoggerMessage(DomainEventIds.FollowUpWithoutCommand, LogLevel.Debug,
            "Charger {ChargerId} reported {Status} for a {Command} (request {RequestId}) not in the command history", EventName = "FollowUpWithoutCommand")]
        public static partial void FollowUpWithoutCommand(ILogger logger, string chargerId, string command, int? requestId, string status);
    }
}
