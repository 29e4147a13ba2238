namespace SharpCharge.Csms.Storage.Sql;

/// <summary>A write statement and how to bind its parameters (see <see cref="GroupCommitStatements"/>).</summary>
internal sealed record SqlStatement(string Sql, Action<SqlParameters> Bind);
