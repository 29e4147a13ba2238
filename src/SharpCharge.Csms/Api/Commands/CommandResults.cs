using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Api.Commands;

/// <summary>
/// Turns a command's outcome into the HTTP answer: 200 when the charger answered (accepted or not), otherwise a problem:
/// unknown charger 404, offline 409, timeout 504, CALLERROR 502 with its OCPP code, a value the version cannot carry 400,
/// a command the version lacks 422, too many queued 503.
/// </summary>
internal static class CommandResults
{
    public static Results<Ok<T>, ProblemHttpResult, ValidationProblem> Map<T>(string chargerId, CommandResult result, Func<CommandResult, T> ok)
        => Failure(chargerId, result) switch
        {
            null => TypedResults.Ok(ok(result)),
            ValidationProblem invalid => invalid,
            var problem => (ProblemHttpResult)problem,
        };

    /// <summary>The problem for an outcome that is not an answer; null for success and rejected (and offline/timeout when <paramref name="answered"/> lists them).</summary>
    public static IResult? Failure(string chargerId, CommandResult result, params CommandOutcome[] answered)
    {
        var reply = result.Reply;
        if (reply.Outcome is CommandOutcome.Success or CommandOutcome.Rejected || answered.Contains(reply.Outcome))
        {
            return null;
        }

        return reply.Outcome switch
        {
            CommandOutcome.UnknownCharger => ApiProblems.UnknownCharger(chargerId),
            CommandOutcome.UnknownTransaction => CommandProblems.UnknownTransaction(reply.Detail),
            CommandOutcome.Offline => ApiProblems.ChargerOffline(chargerId),
            CommandOutcome.Timeout => ApiProblems.ChargerTimeout(chargerId),
            CommandOutcome.CallError => ApiProblems.ChargerError(chargerId, reply.ErrorCode ?? "GenericError", reply.Detail),
            CommandOutcome.InvalidResponse => CommandProblems.InvalidResponse(chargerId, reply.Detail),
            CommandOutcome.NotSupported => CommandProblems.NotSupported(chargerId, reply.Detail),
            CommandOutcome.Invalid => ApiProblems.Invalid(reply.Field ?? "body", reply.Detail ?? "Cannot be sent to this charger."),
            _ => CommandProblems.Busy(chargerId, reply.Detail),
        };
    }

    /// <summary>"success", "rejected", "offline", "timeout", ... as the API spells outcomes.</summary>
    public static string Status(CommandOutcome outcome) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(outcome.ToString());

    public static CommandResponse Response(string chargerId, CommandResult result) =>
        new(Status(result.Outcome), chargerId, result.CommandId, result.Reply.Status, result.Reply.Detail) { RequestId = result.RequestId };
}
