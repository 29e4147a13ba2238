using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Chargers;

/// <summary><c>GET /api/chargers/{id}/messages</c>: the charger's OCPP frames, when <c>Csms:ProtocolLogEnabled</c> records them.</summary>
internal static class ChargerMessageEndpoints
{
    public static void MapChargerMessageEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/chargers/{id}/messages", ListAsync)
            .WithTags("Chargers")
            .WithName("ListChargerMessages")
            .WithSummary("The charger's OCPP frames, newest first (limit, before_id); recorded only while Csms:ProtocolLogEnabled is true.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<ProtocolMessagePage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string id,
        int? limit,
        [FromQuery(Name = "before_id")] long? beforeId,
        IChargerService chargers,
        IChargerEventService events,
        CancellationToken cancellationToken)
    {
        var size = limit ?? Paging.DefaultLimit;
        if (size is < 1 or > Paging.MaxLimit)
        {
            return ApiProblems.Invalid("limit", $"Must be between 1 and {Paging.MaxLimit}.");
        }

        var charger = await chargers.FindAsync(id, cancellationToken);
        if (charger is null)
        {
            return ApiProblems.UnknownCharger(id);
        }

        var entries = await events.ListProtocolLogAsync(charger.Id, size, beforeId, cancellationToken);
        var items = entries.Select(e => new ProtocolMessageDto(e.Id, e.Direction, e.MessageType, e.MessageId, e.Action, Frame(e.Payload), e.LoggedAt)).ToList();
        return TypedResults.Ok(new ProtocolMessagePage(items, items.Count == size ? items[^1].Id : null));
    }

    private static JsonElement Frame(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Kept as the charger sent it, so a broken frame is still visible.
            return JsonSerializer.SerializeToElement(text, ApiJsonContext.Default.String);
        }
    }
}
