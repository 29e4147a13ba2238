using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Api.Commands;

/// <summary><c>GET /api/commands</c>: the history of commands, newest first, paged and optionally of one charger.</summary>
internal static class CommandHistoryEndpoints
{
    public const int MaxLimit = 500;

    public static void MapCommandHistory(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/commands").WithTags("Commands");
        group.MapGet("/", ListAsync).WithName("ListCommands")
            .WithSummary("Commands sent to chargers, newest first: who asked, what was sent, the answer, the duration and what followed.")
            .ProducesValidationProblem();
        group.MapGet("/{commandId:long}", GetAsync).WithName("GetCommand").WithSummary("One command of the history.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<CommandPage>, ValidationProblem>> ListAsync(
        ICommandService commands,
        [FromQuery(Name = "charger_id")] string? chargerId,
        [FromQuery(Name = "offset")] int? offset,
        [FromQuery(Name = "limit")] int? limit,
        CancellationToken cancellationToken)
    {
        if (offset is < 0)
        {
            return ApiProblems.Invalid("offset", "0 or more.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return ApiProblems.Invalid("limit", $"From 1 to {MaxLimit}.");
        }

        var items = await commands.ListAsync(chargerId, offset ?? 0, limit ?? 50, cancellationToken);
        return TypedResults.Ok(new CommandPage([.. items.Select(View)], offset ?? 0, limit ?? 50));
    }

    private static async Task<Results<Ok<CommandView>, ProblemHttpResult>> GetAsync(ICommandService commands, long commandId, CancellationToken cancellationToken)
        => await commands.GetAsync(commandId, cancellationToken) is { } command
            ? TypedResults.Ok(View(command))
            : ApiProblems.NotFound("command", commandId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static CommandView View(CommandRecord c) => new(c.Id, c.ChargerId, c.Command, c.RequestedBy, c.RequestedAt, CommandResults.Status(c.Outcome))
    {
        OcppVersion = c.OcppVersion,
        OcppAction = c.OcppAction,
        Request = c.RequestPayload,
        Response = c.ResponsePayload,
        ChargerStatus = c.Status,
        ErrorCode = c.ErrorCode,
        Detail = c.Detail,
        DurationMs = c.DurationMs,
        RequestId = c.RequestId,
        TransactionId = c.TransactionId,
        FollowUpStatus = c.FollowUpStatus,
        FollowUpAt = c.FollowUpAt,
    };
}
