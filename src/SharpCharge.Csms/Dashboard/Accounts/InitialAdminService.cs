using System.Data.Common;
using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Dashboard.Accounts;

/// <summary>
/// Creates the Dashboard:InitialAdmin account at start when the database has no operator account, so a fresh
/// installation can be signed in to without a built-in password. Registered after the migrator, which it needs.
/// </summary>
internal sealed partial class InitialAdminService : IHostedService
{
    private readonly OperatorAccounts _accounts;
    private readonly DashboardOptions _options;
    private readonly ILogger<InitialAdminService> _logger;

    public InitialAdminService(OperatorAccounts accounts, IOptions<DashboardOptions> options, ILogger<InitialAdminService> logger)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _accounts = accounts;
        _options = options.Value;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureAnOperatorAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            // The server must still start without its database: /health/ready then says what is wrong, and charger
            // traffic is refused by the stores, not by a host that never came up.
            LogInitialAdminDeferred(_logger, e);
        }
    }

    private async Task EnsureAnOperatorAsync(CancellationToken cancellationToken)
    {
        if (await _accounts.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return;
        }

        if (_options.InitialAdmin is { User: { } user, Password: { } password })
        {
            await _accounts.SaveAsync(user, password, OperatorRole.Admin, cancellationToken).ConfigureAwait(false);
            LogInitialAdminCreated(_logger, user);
        }
        else
        {
            LogNoOperator(_logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = DashboardEventIds.InitialAdminCreated, Level = LogLevel.Information, Message = "Dashboard: created the initial administrator {OperatorName} from Dashboard:InitialAdmin.")]
    private static partial void LogInitialAdminCreated(ILogger logger, string operatorName);

    [LoggerMessage(EventId = DashboardEventIds.NoOperatorAccount, Level = LogLevel.Warning, Message = "Dashboard: no operator account exists, so nobody can sign in. Set Dashboard:InitialAdmin:User and :Password, or run create-operator <name> --role admin.")]
    private static partial void LogNoOperator(ILogger logger);

    [LoggerMessage(EventId = DashboardEventIds.InitialAdminDeferred, Level = LogLevel.Error, Message = "Dashboard: the database could not be reached to check the operator accounts; the initial administrator is created at the next start.")]
    private static partial void LogInitialAdminDeferred(ILogger logger, Exception exception);
}
