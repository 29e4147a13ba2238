using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace SharpCharge.Csms.Domain.Security;

/// <summary>
/// Writes security events: one Warning log line per event (category <c>SharpCharge.Csms.Security</c>, event id 2900,
/// the event type as the EventName-like first word) and one count on <c>csms.security.events</c> by type. The subject
/// is a charger id, an operator name or a source address, never a password.
/// </summary>
internal sealed partial class SecurityEvents
{
    public const string Category = "SharpCharge.Csms.Security";

    private readonly ILogger _logger;
    private readonly Counter<long> _events;

    public SecurityEvents(ILoggerFactory loggers, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        ArgumentNullException.ThrowIfNull(meters);
        _logger = loggers.CreateLogger(Category);
        _events = meters.Create("SharpCharge.Csms").CreateCounter<long>(
            "csms.security.events", "{event}", "Security events: failed charger and operator authentications, invalid certificates, downgrades, lock-outs, revocations.");
    }

    public void Raise(string type, string subject, string? address, string detail)
    {
        _events.Add(1, new KeyValuePair<string, object?>("event", type));
        Log.Event(_logger, type, subject, address ?? "-", detail);
    }

    private static partial class Log
    {
        [LoggerMessage(SecurityEventIds.SecurityEvent, LogLevel.Warning, "Security event {SecurityEvent}: {Subject} from {RemoteAddress}: {Detail}", EventName = "SecurityEvent")]
        public static partial void Event(ILogger logger, string securityEvent, string subject, string remoteAddress, string detail);
    }
}
