using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using SharpCharge.Csms.Dashboard.Accounts;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary>
/// Sign-in and sign-out: plain form posts from the login page and the navigation bar, both checked against the
/// antiforgery token the form carries, so another site cannot sign an operator in or out.
/// </summary>
internal static partial class LoginEndpoints
{
    public static void MapLoginEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(DashboardRoutes.Login, SignInAsync).AllowAnonymous().ExcludeFromDescription();
        routes.MapPost(DashboardRoutes.Logout, (Delegate)SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context,
        [FromForm(Name = "user")] string? user,
        [FromForm(Name = "password")] string? password,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        OperatorAccounts accounts,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(LoginEndpoints));
        var account = await accounts.VerifyAsync(user, password, context.RequestAborted);
        if (account is null)
        {
            LogSignInFailed(logger, user?.Length > 64 ? user[..64] : user ?? string.Empty);
            return TypedResults.LocalRedirect($"{DashboardRoutes.Login}?error=1&returnUrl={Uri.EscapeDataString(LocalOrHome(returnUrl))}");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role.ToString())],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        LogSignedIn(logger, account.Name, account.Role);
        return TypedResults.LocalRedirect(LocalOrHome(returnUrl));
    }

    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect(DashboardRoutes.Login);
    }

    // Only paths on this server: a crafted returnUrl must not send the operator elsewhere after signing in.
    private static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    [LoggerMessage(EventId = DashboardEventIds.SignedIn, Level = LogLevel.Information, Message = "Dashboard: {OperatorName} signed in as {Role}.")]
    private static partial void LogSignedIn(ILogger logger, string operatorName, OperatorRole role);

    [LoggerMessage(EventId = DashboardEventIds.SignInFailed, Level = LogLevel.Warning, Message = "Dashboard: a sign-in as {OperatorName} failed (unknown name or wrong password).")]
    private static partial void LogSignInFailed(ILogger logger, string operatorName);
}
