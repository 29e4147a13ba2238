using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Api.Commands;

/// <summary><c>GET /api/commands</c>: the history of commands, newest first, paged as every list and optionally of one charger.</summary>
internal static class CommandHistoryEndpoints
{
    public static void MapCommandHistory(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/commands").WithTags("Commands");
        group.MapGet("/", ListAsync).WithName("ListCommands")
            .WithSummary("Commands sent to chargers, newest first: who asked, what was sent, the answer, the duration and what followed.")
            .ProducesValidationProblem();
        group.MapGet("/{commandId:long}", GetAsync).WithName("GetCommand").WithSummary("One command of the history.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<Page<CommandView>>, ValidationProblem>> ListAsync(
        ICommandService commands,
        [FromQuery(Name = "charger_id")] string? chargerId,
        [AsParameters] PagingQuery query,
        CancellationToken cancellationToken)
    {
        if (!Paging.TryResolve(query, out var paging, out var problem))
        {
            return problem!;
        }

        var items = await commands.ListAsync(chargerId, paging.Offset, paging.Limit, cancellationToken);
        var total = await commands.CountAsync(chargerId, cancellationToken);
        return TypedResults.Ok(new Page<CommandView>([.. items.Select(View)], total, paging.Limit, paging.Offset));
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
