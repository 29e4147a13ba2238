using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Refuses connection floods from one source address (<see cref="PeerLimitsOptions.ConnectionsPerSecondPerAddress"/>):
/// a token bucket per address from System.Threading.RateLimiting, checked before the charger is looked up, so a
/// flood costs no database work. Idle addresses are forgotten by the partitioned limiter.
/// </summary>
internal sealed partial class ConnectionFloodGuard : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress>? _limiter;
    private readonly ILogger<ConnectionFloodGuard> _logger;

    public ConnectionFloodGuard(IOptions<PeerLimitsOptions> options, ILogger<ConnectionFloodGuard> logger)
    {
        _logger = logger;
        var limits = options.Value;
        if (limits.ConnectionsPerSecondPerAddress <= 0)
        {
            return;
        }

        // Tokens come in whole numbers per period: a period of 1/rate seconds adds one (a rate below 1 a second
        // lengthens the period instead).
        var period = TimeSpan.FromSeconds(1 / limits.ConnectionsPerSecondPerAddress);
        _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.ConnectionBurstPerAddress,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = period < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>True when a connection from <paramref name="address"/> may go on; false (and logged) when it is one too many.</summary>
    public bool TryAdmit(IPAddress? address, string chargerId)
    {
        if (_limiter is null || address is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(address);
        if (lease.IsAcquired)
        {
            return true;
        }

        Log.Flood(_logger, address, chargerId);
        return false;
    }

    public void Dispose() => _limiter?.Dispose();

    private static partial class Log
    {
        [LoggerMessage(PeerLimitEventIds.ConnectionFlood, LogLevel.Warning, "Too many connections from {Address} (charger {ChargerId}); refused with HTTP 429", EventName = "ConnectionFlood")]
        public static partial void Flood(ILogger logger, IPAddress address, string chargerId);
    }
}
