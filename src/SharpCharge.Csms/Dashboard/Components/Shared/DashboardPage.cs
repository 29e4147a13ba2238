using Microsoft.AspNetCore.Components;
using SharpCharge.Csms.Dashboard.Accounts;

namespace SharpCharge.Csms.Dashboard.Components.Shared;

/// <summary>
/// The base of every signed-in page: the request it renders for, whether the operator may change things, and the
/// request's cancellation for the queries it runs.
/// </summary>
public abstract class DashboardPage : ComponentBase
{
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <summary>Admins may press buttons and submit forms; viewers see them disabled (and the endpoints refuse them too).</summary>
    protected bool IsAdmin => HttpContext?.User.IsInRole(nameof(OperatorRole.Admin)) ?? false;

    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>A query-string value of this request, or null.</summary>
    protected string? Query(string name) =>
        HttpContext?.Request.Query.TryGetValue(name, out var value) == true && value.ToString() is { Length: > 0 } text ? text : null;
}
