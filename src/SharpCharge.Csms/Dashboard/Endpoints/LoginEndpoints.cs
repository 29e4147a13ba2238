using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Dashboard.Accounts;
using SharpCharge.Csms.Domain.Security;

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
        LoginThrottle throttle,
        IOptions<SecurityOptions> lockout,
        SecurityEvents events,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(LoginEndpoints));
        var name = user?.Length > 64 ? user[..64] : user ?? string.Empty;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var nameKey = "operator:" + name.Trim();
        var addressKey = "dashboard-address:" + address;
        if (throttle.LockedFor(nameKey) is not null || throttle.LockedFor(addressKey) is not null)
        {
            // Locked: the password is not even checked, so guessing on costs nothing and learns nothing.
            return TypedResults.LocalRedirect($"{DashboardRoutes.Login}?error=locked&returnUrl={Uri.EscapeDataString(LocalOrHome(returnUrl))}");
        }

        var account = await accounts.VerifyAsync(user, password, context.RequestAborted);
        if (account is null)
        {
            LogSignInFailed(logger, name);
            events.Raise(SecurityEventType.OperatorSignInFailed, name, address, "unknown name or wrong password");
            var locked = throttle.Failed(nameKey, lockout.Value.OperatorFailuresBeforeLockout);
            var addressLocked = throttle.Failed(addressKey, lockout.Value.AddressFailuresBeforeLockout);
            if ((locked ?? addressLocked) is { } wait)
            {
                events.Raise(SecurityEventType.LockedOut, locked is null ? address : name, address, $"dashboard sign-in locked for {wait:g}");
            }

            var error = (locked ?? addressLocked) is null ? "1" : "locked";
            return TypedResults.LocalRedirect($"{DashboardRoutes.Login}?error={error}&returnUrl={Uri.EscapeDataString(LocalOrHome(returnUrl))}");
        }

        throttle.Succeeded(nameKey);

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
