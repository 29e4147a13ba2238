namespace SharpCharge.Csms.Dashboard.Accounts;

/// <summary>Dashboard accounts in the database (table dashboard_operators). Names are matched ignoring case.</summary>
internal interface IOperatorStore
{
    /// <summary>Creates the account or replaces its password hash and role.</summary>
    Task SaveAsync(string name, string passwordHash, OperatorRole role, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The account and its stored hash, or null when no account has this name.</summary>
    Task<(DashboardOperator Operator, string PasswordHash)?> FindAsync(string name, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
