using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using SharpCharge.Csms.Dashboard.Accounts;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary>
/// <c>POST /dashboard/chargers/{id}/actions/{action}</c>: the charger page's buttons. Each form carries the antiforgery
/// token; only admins may send (a viewer gets 403 with the reason). The answer is a <see cref="CommandFeedback"/>
/// the page shows in words. The commands are the domain's, so every OCPP version is served.
/// </summary>
internal static partial class ChargerActionEndpoints
{
    public static void MapChargerActions(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/dashboard/chargers/{id}/actions/{action}", ActAsync)
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();

    private static async Task<IResult> ActAsync(
        HttpContext context, string id, string action, ICommandService commands, IChargerService chargers, DashboardQueries queries, TimeProvider time, ILoggerFactory loggers)
    {
        if (!context.User.IsInRole(nameof(OperatorRole.Admin)))
        {
            return Answer(CommandFeedback.Invalid("Viewers may look but not change anything; sign in as an admin to send commands."), StatusCodes.Status403Forbidden);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var charger = await chargers.FindAsync(id, context.RequestAborted);
        if (charger is null)
        {
            return Answer(CommandFeedback.Invalid($"No charger has the id '{id}'."), StatusCodes.Status404NotFound);
        }

        var by = $"dashboard:{context.User.Identity?.Name}";
        var send = new ChargerCommandSender(commands, charger.Id, by, context.RequestAborted);
        var feedback = action switch
        {
            "start" => await StartAsync(send, form),
            "stop" => Long(form, "transaction") is { } transaction
                ? await send.StopAsync(transaction)
                : CommandFeedback.Invalid("Pick the session to stop."),
            "reset" => Enum.TryParse<ResetKind>(form["type"], ignoreCase: true, out var kind)
                ? await send.SendAsync(new ResetCharger(kind, null))
                : CommandFeedback.Invalid("Pick soft or hard reset."),
            "unlock" => Int(form, "evse") is { } evse and > 0
                ? await send.SendAsync(new UnlockConnector(evse, 1))
                : CommandFeedback.Invalid("Pick the connector to unlock."),
            "availability" => bool.TryParse(form["operative"], out var operative)
                ? await send.SendAsync(new ChangeAvailability(operative, Int(form, "evse") is > 0 and var e ? e : null, null))
                : CommandFeedback.Invalid("Pick operative or inoperative."),
            "trigger" => Text(form, "message") is { } message
                ? await send.SendAsync(new TriggerMessage(message, Int(form, "evse") is > 0 and var te ? te : null, null))
                : CommandFeedback.Invalid("Pick the message to trigger."),
            "firmware" => Uri.TryCreate(Text(form, "location"), UriKind.Absolute, out var location)
                ? await send.SendAsync(new UpdateFirmware(location.ToString(), time.GetUtcNow()))
                : CommandFeedback.Invalid("Enter the firmware's URL, e.g. https://example.com/firmware.bin."),
            "power" => await PowerAsync(send, form, await PowerLimitRangeAsync(queries, charger.Id, context.RequestAborted)),
            "config-get" => await send.ReadConfigurationAsync(charger.OcppVersion),
            "config-set" => Text(form, "key") is { } key && form["value"].ToString() is { } value
                ? await send.ChangeConfigurationAsync(charger.OcppVersion, key, value)
                : CommandFeedback.Invalid("Enter the key (2.x: Component/Variable) and its new value."),
            _ => CommandFeedback.Invalid($"Unknown action '{action}'."),
        };
        LogCommand(loggers.CreateLogger(typeof(ChargerActionEndpoints)), context.User.Identity?.Name ?? "?", action, charger.Id, feedback.State);
        return Answer(feedback, StatusCodes.Status200OK);
    }

    private static async Task<CommandFeedback> StartAsync(ChargerCommandSender send, IFormCollection form)
    {
        if (Text(form, "token") is not { } token)
        {
            return CommandFeedback.Invalid("Pick the id token the session is for.");
        }

        return await send.StartAsync(token, Int(form, "evse") is > 0 and var evse ? evse : null);
    }

    private static async Task<(int Min, int Max)> PowerLimitRangeAsync(DashboardQueries queries, string chargerId, CancellationToken cancellationToken) =>
        await queries.ChargerAsync(chargerId, cancellationToken) is { } charger
            ? queries.PowerLimitRange(charger)
            : (DashboardQueries.MinPowerLimitKw, queries.Options.MaxPowerLimitKw);

    private static async Task<CommandFeedback> PowerAsync(ChargerCommandSender send, IFormCollection form, (int Min, int Max) range)
    {
        if (!decimal.TryParse(form["kw"], NumberStyles.Number, CultureInfo.InvariantCulture, out var kw) || kw < range.Min || kw > range.Max)
        {
            return CommandFeedback.Invalid($"The power limit must be between {range.Min} and {range.Max} kW.");
        }

        return await send.SendAsync(new SetPowerLimit(kw * 1000m), $"The charger accepted the limit of {kw.ToString("0.#", CultureInfo.InvariantCulture)} kW.");
    }

    private static IResult Answer(CommandFeedback feedback, int status) =>
        TypedResults.Json(feedback, DashboardJsonContext.Default.CommandFeedback, statusCode: status);

    private static string? Text(IFormCollection form, string name) => form[name].ToString() is { Length: > 0 } text ? text.Trim() : null;

    private static int? Int(IFormCollection form, string name) =>
        int.TryParse(form[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static long? Long(IFormCollection form, string name) =>
        long.TryParse(form[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    [LoggerMessage(EventId = DashboardEventIds.CommandSent, Level = LogLevel.Information, Message = "Dashboard: {OperatorName} sent {Action} to {ChargerId}: {Outcome}.")]
    private static partial void LogCommand(ILogger logger, string operatorName, string action, string chargerId, string outcome);
}
