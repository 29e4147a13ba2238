using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Dashboard.Accounts;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Storage.Sql;

namespace SharpCharge.Csms.Dashboard;

internal static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// The dashboard's services: Blazor with interactive server rendering, cookie sign-in for operator accounts (the
    /// REST API keeps its API keys and ignores the cookie), the admin policy, options from the "Dashboard" section
    /// (validated at start), and the per-circuit services the pages use. Call after <c>AddCsmsDomain</c>.
    /// </summary>
    public static IServiceCollection AddCsmsDashboard(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>());

        services.AddSingleton<IOperatorStore, SqlOperatorStore>();
        services.AddSingleton<OperatorAccounts>();
        services.AddHostedService<InitialAdminService>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<DashboardOptions>>((cookie, dashboard) =>
            {
                cookie.LoginPath = DashboardRoutes.Login;
                cookie.AccessDeniedPath = DashboardRoutes.Login;
                cookie.Cookie.Name = "SharpCharge.Dashboard";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.ExpireTimeSpan = dashboard.Value.SessionLifetime;
                cookie.SlidingExpiration = true;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(DashboardRoutes.AdminPolicy, policy => policy.RequireRole(nameof(OperatorRole.Admin)));
        services.AddCascadingAuthenticationState();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddSingleton<DashboardQueries>();

        // Wall-clock time on purpose: the demo replaces TimeProvider with an accelerated clock, but the limit on how
        // often the live figures are read protects the database, which works in real time.
        services.AddSingleton(sp => new LiveFiguresSource(sp.GetRequiredService<DashboardQueries>(), TimeProvider.System));
        return services;
    }
}
