using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using SharpCharge.Csms.Dashboard.Accounts;
using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary>
/// The id token page's forms: <c>POST /dashboard/tokens</c> creates or replaces a token, <c>POST
/// /dashboard/tokens/status</c> blocks, expires or accepts one. Plain form posts (antiforgery checked, admins only)
/// that redirect back to the page with what happened in words.
/// </summary>
internal static class TokenActionEndpoints
{
    public static void MapTokenActions(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/dashboard/tokens", SaveAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        routes.MapPost("/dashboard/tokens/status", SetStatusAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
    }

    private static async Task<IResult> SaveAsync(HttpContext context, IIdTokenService tokens)
    {
        if (!context.User.IsInRole(nameof(OperatorRole.Admin)))
        {
            return Back("error", "Viewers may not change id tokens; sign in as an admin.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var value = form["value"].ToString().Trim();
        if (value.Length == 0)
        {
            return Back("error", "Enter the token's value (the RFID UID or other id).");
        }

        DateTimeOffset? expires = null;
        if (form["expires"].ToString() is { Length: > 0 } expiresText)
        {
            if (!DateTimeOffset.TryParse(expiresText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Back("error", "The expiry must be a date and time, e.g. 2027-01-31T23:59.");
            }

            expires = parsed;
        }

        var type = form["type"].ToString() is { Length: > 0 } t ? t : "ISO14443";
        var group = form["group"].ToString().Trim();
        try
        {
            await tokens.SaveAsync(
                new IdTokenRecord(value, type, IdTokenStatus.Accepted) { ExpiresAt = expires, GroupId = group.Length > 0 ? group : null },
                context.RequestAborted);
        }
        catch (ArgumentException invalid)
        {
            return Back("error", $"The token was not saved: {invalid.Message}");
        }

        return Back("saved", $"Token {IdTokenRedaction.Redact(value)} saved.");
    }

    private static async Task<IResult> SetStatusAsync(HttpContext context, IIdTokenService tokens)
    {
        if (!context.User.IsInRole(nameof(OperatorRole.Admin)))
        {
            return Back("error", "Viewers may not change id tokens; sign in as an admin.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var token = await tokens.GetAsync(form["value"].ToString(), context.RequestAborted);
        if (token is null)
        {
            return Back("error", "No such token.");
        }

        if (!Enum.TryParse<IdTokenStatus>(form["status"], ignoreCase: true, out var status) || status == IdTokenStatus.ConcurrentTx)
        {
            return Back("error", "Pick Accepted, Blocked, Expired or Invalid.");
        }

        await tokens.SaveAsync(token with { Status = status }, context.RequestAborted);
        return Back("saved", $"Token {IdTokenRedaction.Redact(token.Value)} is now {status}.");
    }

    private static IResult Back(string kind, string message) => TypedResults.LocalRedirect($"/tokens?{kind}={Uri.EscapeDataString(message)}");
}
