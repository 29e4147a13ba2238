using Microsoft.Extensions.Options;
using SharpCharge.Csms.Dashboard.Accounts;

namespace SharpCharge.Csms.Dashboard;

/// <summary>Checks the Dashboard section at start, naming the setting to fix.</summary>
internal sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.TileUrl.Contains("{z}", StringComparison.Ordinal) || !options.TileUrl.Contains("{x}", StringComparison.Ordinal)
            || !options.TileUrl.Contains("{y}", StringComparison.Ordinal))
        {
            failures.Add("Dashboard:TileUrl must be a tile URL template with {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png.");
        }

        if (options.MaxPowerLimitKw is < 10 or > 100_000)
        {
            failures.Add("Dashboard:MaxPowerLimitKw must be between 10 and 100000 (kW).");
        }

        if (options.SessionLifetime <= TimeSpan.Zero)
        {
            failures.Add("Dashboard:SessionLifetime must be positive, e.g. 08:00:00.");
        }

        var admin = options.InitialAdmin;
        if (admin.User is not null || admin.Password is not null)
        {
            if (OperatorAccounts.Problem(admin.User, admin.Password) is { } problem)
            {
                failures.Add($"Dashboard:InitialAdmin: {problem} Set both User and Password, or neither.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
