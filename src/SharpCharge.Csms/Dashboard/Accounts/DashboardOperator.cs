namespace SharpCharge.Csms.Dashboard.Accounts;

/// <summary>A dashboard account. The password hash is not part of it; only <see cref="IOperatorStore"/> reads that, to verify.</summary>
internal sealed record DashboardOperator(string Name, OperatorRole Role, DateTimeOffset CreatedAt);
