using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>
/// What the operator sees after pressing a command button: <see cref="State"/> is accepted, rejected, timeout or error
/// (pending is shown by the page while it waits), and <see cref="Message"/> says what happened in words.
/// <see cref="Data"/> carries rows to show (configuration keys).
/// </summary>
internal sealed record CommandFeedback(string State, string Message)
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Timeout = "timeout";
    public const string Error = "error";

    public IReadOnlyList<ConfigRow>? Data { get; init; }

    public static CommandFeedback Invalid(string message) => new(Error, message);

    public static CommandFeedback From(CommandResult result, string? success = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reply = result.Reply;
        var because = string.IsNullOrWhiteSpace(reply.Detail) ? string.Empty : $": {reply.Detail}";
        return reply.Outcome switch
        {
            CommandOutcome.Success => new(Accepted, success ?? $"Accepted by the charger ({reply.Status ?? "Accepted"})."),
            CommandOutcome.Rejected => new(Rejected, $"The charger refused ({reply.Status ?? "Rejected"}){because}."),
            CommandOutcome.Timeout => new(Timeout, "The charger did not answer in time. It may still act on the command."),
            CommandOutcome.Offline => new(Error, "The charger is not connected, so nothing was sent."),
            CommandOutcome.CallError => new(Error, $"The charger answered with the error {reply.ErrorCode ?? "GenericError"}{because}."),
            CommandOutcome.InvalidResponse => new(Error, $"The charger's answer was malformed{because}."),
            CommandOutcome.NotSupported => new(Error, $"The charger's OCPP version has no such command{because}."),
            CommandOutcome.Invalid => new(Error, $"This value cannot be sent to this charger ({reply.Field}){because}."),
            CommandOutcome.Busy => new(Error, "Too many commands are waiting for this charger; try again in a moment."),
            CommandOutcome.UnknownCharger => new(Error, "No charger has this id."),
            CommandOutcome.UnknownTransaction => new(Error, $"That session is not known at this charger{because}."),
            _ => new(Error, $"Unexpected outcome {reply.Outcome}."),
        };
    }
}
