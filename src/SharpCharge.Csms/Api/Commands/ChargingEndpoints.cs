using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Api.SmartCharging;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Api.Commands;

/// <summary>
/// Charging profiles, composite schedules, reservations, local authorization lists, display messages and running cost
/// under <c>/api/chargers/{id}</c>.
/// </summary>
internal static class ChargingEndpoints
{
    public static void MapChargingCommands(this IEndpointRouteBuilder routes)
    {
        var group = CommandRoutes.Group(routes);
        group.MapPost("/charging-profiles", SetProfileAsync).WithName("SetChargingProfile").WithSummary("Install a charging profile on an EVSE (0: the whole charger).");
        group.MapDelete("/charging-profiles", ClearProfilesAsync).WithName("ClearChargingProfile")
            .WithSummary("Clear charging profiles by profile_id, or by evse_id, purpose and stack_level (all when none is given).");
        group.MapGet("/composite-schedule", GetCompositeScheduleAsync).WithName("GetCompositeSchedule")
            .WithSummary("The schedule an EVSE (0: the grid connection) follows for the next duration seconds; with predicted=true also the central system's prediction.");
        group.MapPost("/reservations", ReserveAsync).WithName("ReserveNow").WithSummary("Reserve an EVSE for a token.");
        group.MapDelete("/reservations/{reservationId:int}", CancelReservationAsync).WithName("CancelReservation").WithSummary("Cancel a reservation.");
        group.MapPost("/local-list", SendLocalListAsync).WithName("SendLocalList").WithSummary("Send the local authorization list, full or differential.");
        group.MapGet("/local-list", GetLocalListVersionAsync).WithName("GetLocalListVersion").WithSummary("The version of the charger's local list.");
        group.MapPost("/display-messages", SetDisplayMessageAsync).WithName("SetDisplayMessage").WithSummary("2.x: show a message on the charger's display.");
        group.MapGet("/display-messages", GetDisplayMessagesAsync).WithName("GetDisplayMessages")
            .WithSummary("2.x: ask for the charger's display messages (all, or by id, priority or state); they arrive as NotifyDisplayMessages with the returned request_id.");
        group.MapDelete("/display-messages/{messageId:int}", ClearDisplayMessageAsync).WithName("ClearDisplayMessage").WithSummary("2.x: remove a display message.");
        group.MapPost("/cost-updated", CostUpdatedAsync).WithName("CostUpdated").WithSummary("2.x: tell the charger a session's running cost.");
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> SetProfileAsync(
        [AsParameters] CommandTarget target, SetChargingProfileBody body, ITransactionService transactions, IChargingProfileService profiles)
    {
        if (body.EvseId is not { } evse || evse < 0)
        {
            return ApiProblems.Invalid("evse_id", "Required: the EVSE (1.6: connector), or 0 for the whole charger.");
        }

        if (body.Profile is null)
        {
            return ApiProblems.Invalid("profile", "Required: the charging profile.");
        }

        if (ChargingProfileBodies.TryRead(body.Profile, "profile.", ChargingProfilePurpose.TxDefaultProfile, out var spec) is { } invalid)
        {
            return invalid;
        }

        if (body.Profile.TransactionId is { } transactionId)
        {
            // The charger knows the session by its own id in 2.x, by the central system's in 1.6.
            if (await transactions.GetAsync(transactionId, target.Aborted) is not { } transaction
                || !string.Equals(transaction.ChargerId, target.Id, StringComparison.OrdinalIgnoreCase))
            {
                return ApiProblems.Invalid("profile.transaction_id", $"Charger {target.Id} has no transaction {transactionId}.");
            }

            spec = spec with { TransactionId = transaction.ChargerTransactionId ?? transaction.Id.ToString(CultureInfo.InvariantCulture) };
        }

        var result = await target.SendAsync(new SetChargingProfile(evse, spec));

        // Kept with what the charger has (a 1.6 charger cannot be asked): a profile sent without being stored.
        await profiles.RecordSentAsync(target.Id, evse, spec, result, target.Aborted);
        return CommandResults.Map(target.Id, result, r => CommandResults.Response(target.Id, r));
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> ClearProfilesAsync(
        [AsParameters] CommandTarget target,
        [FromQuery(Name = "profile_id")] int? profileId,
        [FromQuery(Name = "evse_id")] int? evseId,
        [FromQuery(Name = "purpose")] string? purpose,
        [FromQuery(Name = "stack_level")] int? stackLevel)
    {
        ChargingProfilePurpose? parsed = null;
        if (purpose is not null)
        {
            if (!ChargingProfileBodies.TryPurpose(purpose, out var value))
            {
                return ApiProblems.Invalid("purpose", $"Use {ChargingProfileBodies.PurposeWords}.");
            }

            parsed = value;
        }

        return CommandResults.Map(
            target.Id, await target.SendAsync(new ClearChargingProfile(profileId, evseId, parsed, stackLevel)), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<Results<Ok<ScheduleResponse>, ProblemHttpResult, ValidationProblem>> GetCompositeScheduleAsync(
        [AsParameters] CommandTarget target,
        [FromQuery(Name = "evse_id")] int? evseId,
        [FromQuery(Name = "duration")] int? duration,
        [FromQuery(Name = "rate_unit")] string? rateUnit,
        [FromQuery(Name = "predicted")] bool? predicted,
        IChargingProfileService profiles)
    {
        if (duration is not { } seconds || seconds < 1)
        {
            return ApiProblems.Invalid("duration", "Required: how far ahead, in seconds (1 or more).");
        }

        if (rateUnit is not null && !ApiWords.Matches(rateUnit, "W") && !ApiWords.Matches(rateUnit, "A"))
        {
            return ApiProblems.Invalid("rate_unit", "Use W or A.");
        }

        var amps = rateUnit is null ? (bool?)null : ApiWords.Matches(rateUnit, "A");
        var result = await target.SendAsync(new GetCompositeSchedule(evseId ?? 0, seconds, amps));

        // The shared calculator over what the charger has, next to the charger's own answer (1.6 answers in W when none was asked).
        var prediction = predicted == true
            ? PredictedScheduleView.From(await profiles.PredictAsync(target.Id, evseId ?? 0, seconds, amps == true ? ChargingRateUnit.A : ChargingRateUnit.W, target.Aborted))
            : null;
        return CommandResults.Map(target.Id, result, r =>
        {
            var schedule = r.Reply.Data as ScheduleReport;
            return new ScheduleResponse(
                CommandResults.Status(r.Outcome),
                target.Id,
                r.CommandId,
                r.Reply.Status,
                schedule?.EvseId ?? evseId ?? 0,
                schedule?.Start,
                schedule?.DurationSeconds,
                schedule?.Unit.ToOcppString() ?? "W",
                [.. schedule?.Periods.Select(p => new SchedulePeriodView(p.StartPeriod, p.Limit ?? 0m, p.NumberPhases)) ?? []])
            {
                Predicted = prediction,
            };
        });
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> ReserveAsync(
        [AsParameters] CommandTarget target, ReservationBody body, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(body.IdToken))
        {
            return ApiProblems.Invalid("id_token", "Required: the token the reservation is for.");
        }

        if (body.ExpiresAt is not { } expires || expires <= time.GetUtcNow())
        {
            return ApiProblems.Invalid("expires_at", "Required: when the reservation ends, in the future.");
        }

        if (body.ReservationId is < 1)
        {
            return ApiProblems.Invalid("reservation_id", "1 or more; leave it out to have one assigned.");
        }

        var command = new ReserveNow(body.ReservationId ?? 0, body.IdToken, body.IdTokenType, expires, body.EvseId) { GroupIdToken = body.GroupIdToken };
        return CommandResults.Map(target.Id, await target.SendAsync(command), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> CancelReservationAsync([AsParameters] CommandTarget target, int reservationId)
        => CommandResults.Map(target.Id, await target.SendAsync(new CancelReservation(reservationId)), r => CommandResults.Response(target.Id, r));

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> SendLocalListAsync([AsParameters] CommandTarget target, LocalListBody body)
    {
        if (body.Version is not { } version || version < 1)
        {
            return ApiProblems.Invalid("version", "Required: the list version, 1 or more.");
        }

        var differential = ApiWords.Matches(body.UpdateType, "Differential");
        if (body.UpdateType is not null && !differential && !ApiWords.Matches(body.UpdateType, "Full"))
        {
            return ApiProblems.Invalid("update_type", "Use full or differential.");
        }

        var entries = new List<LocalListEntry>();
        foreach (var (entry, i) in (body.Entries ?? []).Select((e, i) => (e, i)))
        {
            if (string.IsNullOrWhiteSpace(entry.IdToken))
            {
                return ApiProblems.Invalid($"entries[{i}].id_token", "Required: the token.");
            }

            entries.Add(new LocalListEntry(entry.IdToken, entry.IdTokenType, entry.Status) { ExpiresAt = entry.ExpiresAt, GroupIdToken = entry.GroupIdToken });
        }

        return CommandResults.Map(target.Id, await target.SendAsync(new SendLocalList(version, differential, entries)), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<Results<Ok<LocalListVersionResponse>, ProblemHttpResult, ValidationProblem>> GetLocalListVersionAsync([AsParameters] CommandTarget target)
        => CommandResults.Map(
            target.Id,
            await target.SendAsync(new GetLocalListVersion()),
            r => new LocalListVersionResponse(CommandResults.Status(r.Outcome), target.Id, r.CommandId, (r.Reply.Data as LocalListVersion)?.Version));

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> SetDisplayMessageAsync(
        [AsParameters] CommandTarget target, DisplayMessageBody body, ITransactionService transactions)
    {
        if (body.Id is not { } id)
        {
            return ApiProblems.Invalid("id", "Required: the message id (the same id replaces the message).");
        }

        if (string.IsNullOrEmpty(body.Message))
        {
            return ApiProblems.Invalid("message", "Required: the text to show.");
        }

        string? chargerTransactionId = null;
        if (body.TransactionId is { } transactionId)
        {
            if (await transactions.GetAsync(transactionId, target.Aborted) is not { ChargerTransactionId: { } known } transaction
                || !string.Equals(transaction.ChargerId, target.Id, StringComparison.OrdinalIgnoreCase))
            {
                return ApiProblems.Invalid("transaction_id", $"Charger {target.Id} has no 2.x transaction {transactionId}.");
            }

            chargerTransactionId = known;
        }

        var command = new SetDisplayMessage(id, body.Priority ?? "NormalCycle", body.Message)
        {
            Format = body.Format ?? "UTF8",
            Language = body.Language,
            State = body.State,
            StartAt = body.StartAt,
            EndAt = body.EndAt,
            TransactionId = chargerTransactionId,
        };
        return CommandResults.Map(target.Id, await target.SendAsync(command), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> GetDisplayMessagesAsync(
        [AsParameters] CommandTarget target,
        [FromQuery(Name = "id")] int[]? ids,
        [FromQuery(Name = "priority")] string? priority,
        [FromQuery(Name = "state")] string? state)
        => CommandResults.Map(target.Id, await target.SendAsync(new GetDisplayMessages(ids ?? [], priority, state)), r => CommandResults.Response(target.Id, r));

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> ClearDisplayMessageAsync([AsParameters] CommandTarget target, int messageId)
        => CommandResults.Map(target.Id, await target.SendAsync(new ClearDisplayMessage(messageId)), r => CommandResults.Response(target.Id, r));

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> CostUpdatedAsync(
        [AsParameters] CommandTarget target, CostUpdatedBody body, ITransactionService transactions)
    {
        if (body.TotalCost is not { } cost || cost < 0)
        {
            return ApiProblems.Invalid("total_cost", "Required: the running cost, 0 or more.");
        }

        if (body.TransactionId is not { } transactionId
            || await transactions.GetAsync(transactionId, target.Aborted) is not { } transaction
            || !string.Equals(transaction.ChargerId, target.Id, StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.Invalid("transaction_id", $"Required: a transaction of charger {target.Id} (the central system's id).");
        }

        if (transaction.ChargerTransactionId is not { } chargerTransactionId)
        {
            return CommandProblems.NotSupported(target.Id, "CostUpdated is an OCPP 2.0.1/2.1 command; this transaction was started over OCPP 1.6.");
        }

        return CommandResults.Map(target.Id, await target.SendAsync(new CostUpdated(cost, chargerTransactionId)), r => CommandResults.Response(target.Id, r));
    }
}
