using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Api.Commands;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>
/// Charging profiles as stored, versioned objects: <c>/api/charging-profiles</c>. Every change makes a new version and
/// keeps the old ones; what was sent to a charger names the version (<see cref="ChargerProfileEndpoints"/>).
/// </summary>
internal static class ChargingProfileEndpoints
{
    public static void MapChargingProfileEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/charging-profiles").WithTags("Charging profiles");
        group.MapPost("/", CreateAsync).WithName("CreateChargingProfile").WithSummary("Stores a charging profile as version 1.");
        group.MapGet("/", ListAsync).WithName("ListChargingProfiles").WithSummary("The newest version of every profile that is not deleted.");
        group.MapGet("/{profileId:int}", GetAsync).WithName("GetChargingProfile")
            .WithSummary("A profile's newest version, or the one given by version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{profileId:int}/versions", VersionsAsync).WithName("ListChargingProfileVersions")
            .WithSummary("Every version of a profile, oldest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{profileId:int}", UpdateAsync).WithName("UpdateChargingProfile")
            .WithSummary("Stores a new version of a profile; chargers keep what they were sent until it is assigned again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{profileId:int}", DeleteAsync).WithName("DeleteChargingProfile")
            .WithSummary("Deletes a profile: its versions stay for the history, it can no longer be assigned.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<StoredProfileDto>, ValidationProblem>> CreateAsync(
        StoredProfileBody body, IChargingProfileService profiles, CancellationToken cancellationToken)
    {
        if (Read(body, out var profile) is { } invalid)
        {
            return invalid;
        }

        var stored = await profiles.CreateAsync(body.Name, profile, cancellationToken);
        return TypedResults.Created($"/api/charging-profiles/{stored.Id}", StoredProfileDto.From(stored));
    }

    private static async Task<Ok<IReadOnlyList<StoredProfileDto>>> ListAsync(IChargingProfileService profiles, CancellationToken cancellationToken)
        => TypedResults.Ok<IReadOnlyList<StoredProfileDto>>([.. (await profiles.ListAsync(cancellationToken)).Select(StoredProfileDto.From)]);

    private static async Task<Results<Ok<StoredProfileDto>, ProblemHttpResult>> GetAsync(
        int profileId, int? version, IChargingProfileService profiles, CancellationToken cancellationToken)
        => await profiles.GetAsync(profileId, version, cancellationToken) is { } stored
            ? TypedResults.Ok(StoredProfileDto.From(stored))
            : ApiProblems.NotFound("charging profile", version is null ? $"{profileId}" : $"{profileId} version {version}");

    private static async Task<Results<Ok<IReadOnlyList<StoredProfileDto>>, ProblemHttpResult>> VersionsAsync(
        int profileId, IChargingProfileService profiles, CancellationToken cancellationToken)
    {
        var versions = await profiles.VersionsAsync(profileId, cancellationToken);
        return versions.Count == 0
            ? ApiProblems.NotFound("charging profile", $"{profileId}")
            : TypedResults.Ok<IReadOnlyList<StoredProfileDto>>([.. versions.Select(StoredProfileDto.From)]);
    }

    private static async Task<Results<Ok<StoredProfileDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int profileId, StoredProfileBody body, IChargingProfileService profiles, CancellationToken cancellationToken)
    {
        if (Read(body, out var profile) is { } invalid)
        {
            return invalid;
        }

        return await profiles.UpdateAsync(profileId, body.Name, profile, cancellationToken) is { } stored
            ? TypedResults.Ok(StoredProfileDto.From(stored))
            : ApiProblems.NotFound("charging profile", $"{profileId}");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int profileId, IChargingProfileService profiles, CancellationToken cancellationToken)
        => await profiles.DeleteAsync(profileId, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound("charging profile", $"{profileId}");

    private static ValidationProblem? Read(StoredProfileBody body, out ChargingProfile profile)
    {
        profile = null!;
        if (body.Name is { Length: > 200 })
        {
            return ApiProblems.Invalid("name", "At most 200 characters.");
        }

        if (body.Profile is null)
        {
            return ApiProblems.Invalid("profile", "Required: the charging profile (purpose, stack_level, periods, ...).");
        }

        if (body.Profile.TransactionId is not null)
        {
            return ApiProblems.Invalid("profile.transaction_id", "A stored profile is not tied to a session: give transaction_id when assigning it to a charger.");
        }

        return ChargingProfileBodies.TryRead(body.Profile, "profile.", ChargingProfilePurpose.TxDefaultProfile, out profile);
    }
}
