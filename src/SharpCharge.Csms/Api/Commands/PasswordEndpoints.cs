using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Commands;

/// <summary>
/// <c>POST /api/chargers/{id}/password</c>: rotates the charger's HTTP Basic password over OCPP (2.0.1 A01, 1.6
/// AuthorizationKey). The central system accepts the new password only once the charger answered Accepted
/// (A01.FR.03) and keeps the old one otherwise (A01.FR.04). The password is never returned or stored in clear.
/// </summary>
internal static class PasswordEndpoints
{
    private const int GeneratedLength = 20;

    // Generated passwords avoid the punctuation, so the same one is valid as a 1.6 key and a 2.x passwordString.
    private const string Generated = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static void MapPasswordCommands(this IEndpointRouteBuilder routes)
    {
        var group = CommandRoutes.Group(routes);
        group.MapPost("/password", ChangePasswordAsync).WithName("ChangeChargerPassword")
            .WithSummary("Give the charger a new HTTP Basic password (generated when none is given); it takes effect once the charger accepted it.");
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> ChangePasswordAsync(
        [AsParameters] CommandTarget target, PasswordBody? body, IChargerService chargers)
    {
        var password = body?.Password;
        var invalid = (password is null ? null : ChargerPasswordRules.CheckSent(password)) ?? ChargerPasswordRules.CheckCharger(target.Id);
        if (invalid is not null)
        {
            return invalid;
        }

        password ??= RandomNumberGenerator.GetString(Generated, GeneratedLength);
        var result = await target.SendAsync(new ChangeChargerPassword(password));
        if (result.Outcome == CommandOutcome.Success)
        {
            // Stored even when the caller gave up meanwhile: the charger already uses the new password.
            await chargers.SetPasswordAsync(target.Id, password, CancellationToken.None);
        }

        return CommandResults.Map(target.Id, result, r => CommandResults.Response(target.Id, r));
    }
}
