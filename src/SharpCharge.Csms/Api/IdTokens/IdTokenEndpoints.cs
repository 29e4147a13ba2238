using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Api.IdTokens;

/// <summary>The id tokens the central system authorizes: <c>/api/id-tokens</c>. Values match ignoring case.</summary>
internal static class IdTokenEndpoints
{
    public static void MapIdTokenEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/id-tokens").WithTags("Id tokens");
        group.MapGet("/", ListAsync).WithName("ListIdTokens").WithSummary("Every id token; filter status; paged.");
        group.MapGet("/{value}", GetAsync).WithName("GetIdToken").WithSummary("One id token.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateIdToken").WithSummary("Adds an id token (status, expiry, group, concurrent sessions).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPatch("/{value}", UpdateAsync).WithName("UpdateIdToken").WithSummary("Changes an id token: block it, set its expiry, …")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{value}", DeleteAsync).WithName("DeleteIdToken").WithSummary("Removes an id token; it is then unknown.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<Page<IdTokenDto>>, ValidationProblem>> ListAsync(
        string? status, [AsParameters] PagingQuery paging, IIdTokenService tokens, CancellationToken cancellationToken)
    {
        IdTokenStatus? wanted = null;
        if (status is not null)
        {
            if (!ApiNames.TryParse<IdTokenStatus>(status, out var parsed))
            {
                return ApiProblems.Invalid("status", $"Unknown status '{status}'; use one of {ApiNames.All<IdTokenStatus>()}.");
            }

            wanted = parsed;
        }

        if (!Paging.TryResolve(paging, out var window, out var problem))
        {
            return problem!;
        }

        var all = (await tokens.ListAsync(cancellationToken)).Where(t => wanted is null || t.Status == wanted).Select(IdTokenDto.From).ToList();
        return TypedResults.Ok(window.Slice(all));
    }

    private static async Task<Results<Ok<IdTokenDto>, ProblemHttpResult>> GetAsync(
        string value, IIdTokenService tokens, CancellationToken cancellationToken) =>
        await tokens.GetAsync(value, cancellationToken) is { } token
            ? TypedResults.Ok(IdTokenDto.From(token))
            : ApiProblems.NotFound("id token", value);

    private static async Task<Results<Created<IdTokenDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateIdTokenRequest request, IIdTokenService tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.IdToken))
        {
            return ApiProblems.Invalid("id_token", "The token value is required.");
        }

        if (await tokens.GetAsync(request.IdToken, cancellationToken) is not null)
        {
            return ApiProblems.Conflict($"Id token '{request.IdToken}' exists; change it with PATCH /api/id-tokens/{request.IdToken}.");
        }

        var token = new IdTokenRecord(request.IdToken, request.Type ?? IdTokenTypes.Central, request.Status ?? IdTokenStatus.Accepted)
        {
            ExpiresAt = request.ExpiresAt,
            GroupId = string.IsNullOrEmpty(request.GroupId) ? null : request.GroupId,
            AllowConcurrentTransactions = request.AllowConcurrentTransactions ?? false,
        };
        return await SaveAsync(token, tokens, cancellationToken) switch
        {
            ({ } saved, _) => TypedResults.Created($"/api/id-tokens/{Uri.EscapeDataString(saved.Value)}", IdTokenDto.From(saved)),
            (_, var problem) => problem!,
        };
    }

    private static async Task<Results<Ok<IdTokenDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string value, UpdateIdTokenRequest request, IIdTokenService tokens, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(value, cancellationToken);
        if (token is null)
        {
            return ApiProblems.NotFound("id token", value);
        }

        var expiresAt = token.ExpiresAt;
        if (request.ExpiresAt is not null)
        {
            if (request.ExpiresAt.Length == 0)
            {
                expiresAt = null;
            }
            else if (DateTimeOffset.TryParse(request.ExpiresAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                expiresAt = parsed;
            }
            else
            {
                return ApiProblems.Invalid("expires_at", "Use an ISO 8601 time such as 2030-12-31T23:59:59Z, or \"\" for no end.");
            }
        }

        var changed = token with
        {
            Type = request.Type ?? token.Type,
            Status = request.Status ?? token.Status,
            ExpiresAt = expiresAt,
            GroupId = request.GroupId is null ? token.GroupId : request.GroupId.Length == 0 ? null : request.GroupId,
            AllowConcurrentTransactions = request.AllowConcurrentTransactions ?? token.AllowConcurrentTransactions,
        };
        return await SaveAsync(changed, tokens, cancellationToken) switch
        {
            ({ } saved, _) => TypedResults.Ok(IdTokenDto.From(saved)),
            (_, var problem) => problem!,
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string value, IIdTokenService tokens, CancellationToken cancellationToken) =>
        await tokens.DeleteAsync(value, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound("id token", value);

    // The domain names invalid fields in C# spelling ("Value", "GroupId"); the API names them as in JSON.
    private static async Task<(IdTokenRecord? Saved, ValidationProblem? Problem)> SaveAsync(
        IdTokenRecord token, IIdTokenService tokens, CancellationToken cancellationToken)
    {
        if (token.Type.Length is 0 or > 20)
        {
            return (null, ApiProblems.Invalid("type", "A token type has 1 to 20 characters, such as ISO14443, Central or eMAID."));
        }

        try
        {
            return (await tokens.SaveAsync(token, cancellationToken), null);
        }
        catch (ArgumentException e) when (e.ParamName is not null)
        {
            var field = e.ParamName == "Value" ? "id_token" : System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(e.ParamName);
            return (null, ApiProblems.Invalid(field, e.Message.Split(" (Parameter", 2)[0]));
        }
    }
}
