using SharpCharge.Ocpp;

namespace SharpCharge.Station;

/// <summary>What a station is and where it connects. Checked by <see cref="ChargingStation"/>'s constructor.</summary>
public sealed class ChargingStationOptions
{
    /// <summary>The charge point identity: the last segment of the connection URL and the Basic auth user name.</summary>
    public required string Id { get; set; }

    /// <summary>The central system's OCPP endpoint without the identity, e.g. <c>ws://localhost:9000/ocpp</c>.</summary>
    public required Uri CsmsUri { get; set; }

    public OcppVersion Version { get; set; } = OcppVersion.V16;

    public string Vendor { get; set; } = "SharpCharge";

    public string Model { get; set; } = "SC-Station";

    public string? SerialNumber { get; set; }

    public string? FirmwareVersion { get; set; }

    /// <summary>Connectors per EVSE, EVSE 1 first. Default: one EVSE with one connector.</summary>
    public IReadOnlyList<int> Evses { get; set; } = [1];

    /// <summary>HTTP Basic auth password (security profile 1/2); null sends no Authorization header.</summary>
    public string? Password { get; set; }

    /// <summary>How long an outgoing CALL waits for its answer. Default 30 s.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long opening the WebSocket may take. Default 30 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Boot retry wait when a Pending/Rejected answer says 0 (OCPP-NOTES §4.2). Default 30 s.</summary>
    public TimeSpan BootRetryFallback { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether every new connection starts with a BootNotification. The spec asks for one only after a reboot
    /// (OCPP-NOTES §2.5), but a central system that keeps the acceptance per connection (ours does) answers
    /// anything else with SecurityError after a reconnect. Default true.
    /// </summary>
    public bool BootOnEveryConnection { get; set; } = true;

    /// <summary>Sampled meter value interval during a session (1.6 MeterValueSampleInterval, 2.x TxUpdatedInterval); zero turns it off. Default 60 s.</summary>
    public TimeSpan MeterValueInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The power an EVSE delivers while charging, in W. Default 11 kW.</summary>
    public decimal ChargingPowerW { get; set; } = 11_000m;

    /// <summary>The supply's nominal voltage per phase, for converting charging limits between A and W. Default 230 V.</summary>
    public decimal NominalVoltage { get; set; } = 230m;

    /// <summary>The phases an EVSE charges on (1 to 3), for converting charging limits between A and W. Default 3.</summary>
    public int Phases { get; set; } = 3;

    /// <summary>How long a Reset waits for queued messages (the stops of the sessions it ended) before rebooting. Default 10 s.</summary>
    public TimeSpan ResetGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most transaction messages kept while offline; beyond it the oldest intermediate meter values are dropped. Default 10 000.</summary>
    public int MaxQueuedMessages { get; set; } = 10_000;

    /// <summary>
    /// A file that keeps the queued transaction messages across restarts (JSON lines, flushed to disk per message);
    /// a new station given the same file sends what is left first. Null keeps the queue in memory only. Default null.
    /// </summary>
    public string? QueueFilePath { get; set; }

    public ReconnectBackOffOptions Reconnect { get; set; } = new();

    /// <summary>Seed for every random choice (back-off jitter, transaction ids); null picks one.</summary>
    public int? RandomSeed { get; set; }

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Id);
        ArgumentNullException.ThrowIfNull(CsmsUri);
        if (CsmsUri.Scheme is not ("ws" or "wss"))
        {
            throw new ArgumentException("CsmsUri must be a ws:// or wss:// URL.", nameof(CsmsUri));
        }

        if (Password is not null && Id.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("An identity used with Basic auth must not contain ':'.", nameof(Id));
        }

        if (Evses.Count is < 1 or > 1000 || Evses.Any(c => c is < 1 or > 16))
        {
            throw new ArgumentOutOfRangeException(nameof(Evses), "Between 1 and 1000 EVSEs with 1 to 16 connectors each.");
        }

        if (CallTimeout <= TimeSpan.Zero || ConnectTimeout <= TimeSpan.Zero || BootRetryFallback <= TimeSpan.Zero
            || MeterValueInterval < TimeSpan.Zero || ResetGrace < TimeSpan.Zero || ChargingPowerW < 0 || MaxQueuedMessages < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ChargingStationOptions), "Timeouts must be positive; intervals, power and queue size not negative.");
        }

        if (QueueFilePath is not null && string.IsNullOrWhiteSpace(QueueFilePath))
        {
            throw new ArgumentException("QueueFilePath must be null or a file path.", nameof(QueueFilePath));
        }

        if (NominalVoltage <= 0 || Phases is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(ChargingStationOptions), "NominalVoltage must be positive and Phases between 1 and 3.");
        }

        Reconnect.Validate();
    }
}
