using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Api.Commands;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>
/// What each charger has, and assigning stored profiles to it: <c>/api/chargers/{id}/charging-profiles…</c>.
/// Assigning sends SetChargingProfile through the command history and records the outcome; unassigning sends
/// ClearChargingProfile; a 2.x charger is asked for its profiles with GetChargingProfiles (K09).
/// </summary>
internal static class ChargerProfileEndpoints
{
    private const int HistoryLength = 50;

    public static void MapChargerProfileEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = CommandRoutes.Group(routes).WithTags("Charging profiles");
        group.MapGet("/charging-profiles", GetAsync).WithName("GetChargerChargingProfiles")
            .WithSummary("What the charger has: per EVSE the limit now and its source, every profile and limit by source, and what was sent.");
        group.MapPost("/charging-profiles/assignments", AssignAsync).WithName("AssignChargingProfile")
            .WithSummary("Sends a stored profile version to an EVSE (0: the whole charger) and records whether the charger accepted it.");
        group.MapDelete("/charging-profiles/assignments/{profileId:int}", UnassignAsync).WithName("UnassignChargingProfile")
            .WithSummary("Clears a profile from the charger (ClearChargingProfile by id) and ends its assignment.");
        group.MapPost("/charging-profiles/report", RefreshAsync).WithName("GetChargingProfiles")
            .WithSummary("2.x: asks the charger for every profile it holds; its ReportChargingProfiles answer is stored.");
    }

    private static async Task<Results<Ok<ChargerProfilesDto>, ProblemHttpResult>> GetAsync(
        string id, IChargingProfileService profiles, IChargingProfileStore store, IChargerService chargers, CancellationToken cancellationToken)
    {
        if (await chargers.FindAsync(id, cancellationToken) is null)
        {
            return ApiProblems.UnknownCharger(id);
        }

        var has = await profiles.ChargerProfilesAsync(id, cancellationToken);
        var history = await store.AssignmentsAsync(id, activeOnly: false, HistoryLength, cancellationToken);
        return TypedResults.Ok(ChargerProfilesDto.From(has, history));
    }

    private static async Task<Results<Ok<AssignmentDto>, ProblemHttpResult, ValidationProblem>> AssignAsync(
        [AsParameters] CommandTarget target, AssignProfileBody body, IChargingProfileService profiles)
    {
        if (body.ProfileId is not { } profileId)
        {
            return ApiProblems.Invalid("profile_id", "Required: the stored profile to send (POST /api/charging-profiles creates one).");
        }

        if (body.EvseId is not { } evseId || evseId < 0)
        {
            return ApiProblems.Invalid("evse_id", "Required: the EVSE (1.6: connector), or 0 for the whole charger.");
        }

        if (await profiles.GetAsync(profileId, body.Version, target.Aborted) is not { } stored)
        {
            return ApiProblems.NotFound("charging profile", body.Version is null ? $"{profileId}" : $"{profileId} version {body.Version}");
        }

        if (stored.DeletedAt is not null)
        {
            return ApiProblems.Invalid("profile_id", $"Charging profile {profileId} was deleted; it can no longer be assigned.");
        }

        var result = await profiles.AssignAsync(target.Id, evseId, stored.Profile, stored.Version, body.TransactionId, target.RequestedBy, target.Aborted);
        if (result.Command is null)
        {
            // Refused before anything was sent.
            return ApiProblems.Invalid(result.Field ?? "profile_id", result.Problem ?? "Cannot be sent to this charger.");
        }

        // Offline, no answer, CALLERROR, a profile the charger's version cannot carry: the same problems as every command.
        return CommandResults.Failure(target.Id, result.Command) switch
        {
            null => TypedResults.Ok(AssignmentDto.From(result.Assignment!)),
            ValidationProblem invalid => invalid,
            var problem => (ProblemHttpResult)problem,
        };
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> UnassignAsync(
        [AsParameters] CommandTarget target, int profileId, IChargingProfileService profiles)
        => CommandResults.Map(target.Id, await profiles.UnassignAsync(target.Id, profileId, target.RequestedBy, target.Aborted), r => CommandResults.Response(target.Id, r));

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> RefreshAsync(
        [AsParameters] CommandTarget target, int? evseId, IChargingProfileService profiles)
        => CommandResults.Map(target.Id, await profiles.RefreshAsync(target.Id, evseId, target.RequestedBy, target.Aborted), r => CommandResults.Response(target.Id, r));
}
