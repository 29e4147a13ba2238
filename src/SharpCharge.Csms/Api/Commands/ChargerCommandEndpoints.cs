using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Ocpp.SmartCharging;
using CommandAnswer = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<SharpCharge.Csms.Api.Commands.Models.CommandResponse>,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem>;

namespace SharpCharge.Csms.Api.Commands;

/// <summary>
/// Sessions and the charger itself: start, stop, power limit, reset, unlock, availability, trigger, clear cache and data
/// transfer under <c>/api/chargers/{id}</c>. Each route works for every OCPP version; the version adapter picks the message.
/// </summary>
internal static class ChargerCommandEndpoints
{
    public static RouteGroupBuilder MapChargerCommands(this IEndpointRouteBuilder routes)
    {
        var group = CommandRoutes.Group(routes);
        group.MapPost("/start", StartAsync).WithName("StartCharging")
            .WithSummary("Start a session (1.6 RemoteStartTransaction, 2.x RequestStartTransaction) and return the transaction the charger starts.");
        group.MapPost("/stop", StopAsync).WithName("StopCharging")
            .WithSummary("Stop a session (1.6 RemoteStopTransaction, 2.x RequestStopTransaction) and return its energy and cost once it ended.");
        group.MapPatch("/power", PowerAsync).WithName("SetPowerLimit")
            .WithSummary("Limit the whole charger to max_power_kw (1.6 ChargePointMaxProfile, 2.x ChargingStationMaxProfile, on EVSE 0).");
        group.MapPost("/reset", ResetAsync).WithName("ResetCharger").WithSummary("Reset: soft or hard (2.x on_idle or immediate).");
        group.MapPost("/unlock", UnlockAsync).WithName("UnlockConnector").WithSummary("Unlock a connector.");
        group.MapPost("/availability", AvailabilityAsync).WithName("ChangeAvailability").WithSummary("Make the charger, an EVSE or a connector operative or inoperative.");
        group.MapPost("/trigger", TriggerAsync).WithName("TriggerMessage").WithSummary("Ask the charger to send a message now (1.6 also ExtendedTriggerMessage).");
        group.MapPost("/clear-cache", ClearCacheAsync).WithName("ClearCache").WithSummary("Clear the charger's authorization cache.");
        group.MapPost("/data-transfer", DataTransferAsync).WithName("DataTransfer").WithSummary("Send a vendor-specific DataTransfer.");
        return group;
    }

    private static async Task<Results<Ok<StartResponse>, ProblemHttpResult, ValidationProblem>> StartAsync([AsParameters] CommandTarget target, StartBody body)
    {
        if (string.IsNullOrWhiteSpace(body.IdToken))
        {
            return ApiProblems.Invalid("id_token", "Required: the token the session is started for.");
        }

        ChargingProfile? profile = null;
        if (body.ChargingProfile is { } profileBody && ChargingProfileBodies.TryRead(profileBody, "charging_profile.", ChargingProfilePurpose.TxProfile, out profile) is { } invalid)
        {
            return invalid;
        }

        var command = new StartCharging(body.IdToken, body.IdTokenType, body.EvseId, body.ConnectorId) { ChargingProfile = profile };
        var result = await target.Commands.StartChargingAsync(target.Id, command, target.RequestedBy, target.Aborted);
        return CommandResults.Failure(target.Id, result.Command, CommandOutcome.Offline, CommandOutcome.Timeout) switch
        {
            null => TypedResults.Ok(new StartResponse(CommandResults.Status(result.Command.Outcome), result.TransactionId, target.Id, result.Reason, result.Command.CommandId)
            {
                ChargerStatus = result.Command.Reply.Status,
            }),
            ValidationProblem problem => problem,
            var problem => (ProblemHttpResult)problem,
        };
    }

    private static async Task<Results<Ok<StopResponse>, ProblemHttpResult, ValidationProblem>> StopAsync([AsParameters] CommandTarget target, StopBody body)
    {
        if (body.TransactionId is not { } transactionId)
        {
            return ApiProblems.Invalid("transaction_id", "Required: the transaction to stop (the central system's id).");
        }

        var result = await target.Commands.StopChargingAsync(target.Id, transactionId, target.RequestedBy, target.Aborted);
        return CommandResults.Failure(target.Id, result.Command, CommandOutcome.Offline, CommandOutcome.Timeout) switch
        {
            null => TypedResults.Ok(new StopResponse(
                CommandResults.Status(result.Command.Outcome), transactionId, result.EnergyKwh, result.Cost, result.Currency, result.Reason, result.Command.CommandId)
            {
                ChargerStatus = result.Command.Reply.Status,
            }),
            ValidationProblem problem => problem,
            var problem => (ProblemHttpResult)problem,
        };
    }

    private static async Task<Results<Ok<PowerResponse>, ProblemHttpResult, ValidationProblem>> PowerAsync(
        [AsParameters] CommandTarget target, PowerBody body, ITransactionService transactions)
    {
        if (body.MaxPowerKw is not { } kw || kw < 0 || kw > 100_000)
        {
            return ApiProblems.Invalid("max_power_kw", "Required: the limit in kW, from 0 to 100000.");
        }

        var result = await target.SendAsync(new SetPowerLimit(kw * 1000m));
        if (CommandResults.Failure(target.Id, result) is { } failure)
        {
            return failure is ValidationProblem invalid ? invalid : (ProblemHttpResult)failure;
        }

        var current = await CurrentPowerAsync(target.Id, transactions, target.Aborted);
        return TypedResults.Ok(new PowerResponse(CommandResults.Status(result.Outcome), target.Id, kw, current, result.CommandId)
        {
            ChargerStatus = result.Reply.Status,
            Detail = result.Reply.Detail,
        });
    }

    private static async Task<CommandAnswer> ResetAsync([AsParameters] CommandTarget target, ResetBody body)
    {
        ResetKind? kind = null;
        foreach (var candidate in Enum.GetValues<ResetKind>())
        {
            kind = ApiWords.Matches(body.Type, candidate.ToString()) ? candidate : kind;
        }

        if (kind is null)
        {
            return ApiProblems.Invalid("type", "Required: soft, hard, on_idle or immediate.");
        }

        return CommandResults.Map(target.Id, await target.SendAsync(new ResetCharger(kind.Value, body.EvseId)), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<CommandAnswer> UnlockAsync([AsParameters] CommandTarget target, UnlockBody body)
    {
        if (body.EvseId is not { } evse || evse < 1)
        {
            return ApiProblems.Invalid("evse_id", "Required: the EVSE to unlock (1.6: the connector), 1 or more.");
        }

        return CommandResults.Map(target.Id, await target.SendAsync(new UnlockConnector(evse, body.ConnectorId ?? 1)), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<CommandAnswer> AvailabilityAsync([AsParameters] CommandTarget target, AvailabilityBody body)
    {
        if (body.Operative is not { } operative)
        {
            return ApiProblems.Invalid("operative", "Required: true to make it operative, false for inoperative.");
        }

        return CommandResults.Map(
            target.Id, await target.SendAsync(new ChangeAvailability(operative, body.EvseId, body.ConnectorId)), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<CommandAnswer> TriggerAsync([AsParameters] CommandTarget target, TriggerBody body)
    {
        if (string.IsNullOrWhiteSpace(body.RequestedMessage))
        {
            return ApiProblems.Invalid("requested_message", "Required: the message to trigger, e.g. StatusNotification or MeterValues.");
        }

        return CommandResults.Map(
            target.Id, await target.SendAsync(new TriggerMessage(body.RequestedMessage, body.EvseId, body.ConnectorId)), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<CommandAnswer> ClearCacheAsync([AsParameters] CommandTarget target)
        => CommandResults.Map(target.Id, await target.SendAsync(new ClearCache()), r => CommandResults.Response(target.Id, r));

    private static async Task<Results<Ok<DataTransferResponse>, ProblemHttpResult, ValidationProblem>> DataTransferAsync([AsParameters] CommandTarget target, DataTransferBody body)
    {
        if (string.IsNullOrWhiteSpace(body.VendorId))
        {
            return ApiProblems.Invalid("vendor_id", "Required: the vendor the data is for.");
        }

        var result = await target.SendAsync(new DataTransfer(body.VendorId, body.MessageId, body.Data?.GetRawText()));
        return CommandResults.Map(target.Id, result, r => new DataTransferResponse(
            CommandResults.Status(r.Outcome),
            target.Id,
            r.CommandId,
            r.Reply.Status,
            r.Reply.Data is DataTransferReply { DataJson: { } json } ? System.Text.Json.JsonDocument.Parse(json).RootElement.Clone() : null));
    }

    /// <summary>The charger's power now: the newest power reading of each running session, summed, in kW.</summary>
    private static async Task<decimal?> CurrentPowerAsync(string chargerId, ITransactionService transactions, CancellationToken cancellationToken)
    {
        decimal? total = null;
        foreach (var transaction in await transactions.ListAsync(chargerId, TransactionState.Running, 16, cancellationToken))
        {
            var samples = await transactions.GetMeterValuesAsync(transaction.Id, cancellationToken);
            if (PowerReading.Latest(samples.Select(s => s.Sample)) is { } kw)
            {
                total = (total ?? 0) + kw;
            }
        }

        return total;
    }
}
