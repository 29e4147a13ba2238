using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SharpCharge.Csms.Storage;

/// <summary>
/// Readiness of the database: opens a connection and runs <c>SELECT 1</c> within <see cref="Timeout"/>. A failure is
/// reported as Unhealthy with the exception's type only (its message may name hosts or users).
/// </summary>
internal sealed class DatabaseHealthCheck : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly SqlDialect _dialect;

    public DatabaseHealthCheck(SqlDialect dialect) => _dialect = dialect;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var connection = await _dialect.OpenConnectionAsync(timeout.Token).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("reachable");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"no answer within {Timeout.TotalSeconds:0} s");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy(e.GetType().Name);
        }
    }
}
