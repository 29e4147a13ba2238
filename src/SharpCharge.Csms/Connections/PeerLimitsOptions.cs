using System.ComponentModel.DataAnnotations;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Limits against slow and abusive peers on the OCPP port, bound from the "Ocpp:Limits" section. Defaults are set
/// here and repeated in each comment; docs/configuration.md and docs/security.md say when to change them.
/// </summary>
public sealed class PeerLimitsOptions
{
    public const string Section = "Ocpp:Limits";

    /// <summary>
    /// How long a new connection may take to send its complete upgrade request (slow handshakes, "slowloris"), and how
    /// long a connection may stay silent before its first request. Applies to every port of the server (Kestrel's
    /// RequestHeadersTimeout and KeepAliveTimeout). Default 30 s, as Kestrel's own: a central system under load may take
    /// seconds to read a request it has accepted, and a shorter default would close honest chargers first.
    /// </summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one frame to a charger may take to go out. A charger that stops reading fills the socket buffers;
    /// once a send has waited this long the connection is dropped, so a slow reader holds no more than its buffers
    /// and never a handler. Default 30 s; 0 waits forever.
    /// </summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// New OCPP connections allowed per second from one source address, on average; more are refused with HTTP 429
    /// before any database work. Default 0: no limit, since chargers behind a load balancer, a proxy or a mobile
    /// carrier's NAT share one address (docs/security.md suggests production values).
    /// </summary>
    [Range(0, 1_000_000)]
    public double ConnectionsPerSecondPerAddress { get; set; }

    /// <summary>How many connections one address may open at once before <see cref="ConnectionsPerSecondPerAddress"/> applies. Default 20.</summary>
    [Range(1, 1_000_000)]
    public int ConnectionBurstPerAddress { get; set; } = 20;

    /// <summary>
    /// Messages per second one charger may send, on average. A faster charger is throttled: its next frame is read
    /// only when the rate allows, so TCP slows it down and no other charger is affected (OCPP names no error for
    /// this, and a CALLERROR to a transaction message would only cause retries, OCPP-NOTES §1.7). Default 50; a
    /// charger that keeps to one outstanding CALL sends far fewer. 0 turns throttling off.
    /// </summary>
    [Range(0, 1_000_000)]
    public double MessagesPerSecond { get; set; } = 50;

    /// <summary>How many messages a charger may send at once before <see cref="MessagesPerSecond"/> applies. Default 100.</summary>
    [Range(1, 1_000_000)]
    public int MessageBurst { get; set; } = 100;

    /// <summary>Checks what data annotations cannot: durations. Returns null when all is well, else what to fix.</summary>
    public string? Problem()
    {
        if (HandshakeTimeout < TimeSpan.FromSeconds(1) || HandshakeTimeout > TimeSpan.FromMinutes(10))
        {
            return "Ocpp:Limits:HandshakeTimeout must be between 00:00:01 and 00:10:00.";
        }

        if (SendTimeout < TimeSpan.Zero || SendTimeout > TimeSpan.FromHours(1))
        {
            return "Ocpp:Limits:SendTimeout must be between 00:00:00 (wait forever) and 01:00:00.";
        }

        return null;
    }
}
