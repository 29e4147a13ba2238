using System.Security.Cryptography.X509Certificates;
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

    /// <summary>
    /// What the vehicle on each EVSE draws, asked on every meter tick with the power the EVSE offers. Null draws
    /// everything offered, up to the EVSE's rating. Default null.
    /// </summary>
    public IEvseLoad? Load { get; set; }

    /// <summary>Each EVSE's rating in W, EVSE 1 first; null (or a missing entry) uses <see cref="ChargingPowerW"/>. Default null.</summary>
    public IReadOnlyList<decimal>? EvseMaxPowerW { get; set; }

    /// <summary>Phases the EVSEs are wired with: 1 or 3. Current per phase is power / (voltage × phases). Default 3.</summary>
    public int Phases { get; set; } = 3;

    /// <summary>Nominal phase-to-neutral voltage in V. Default 230.</summary>
    public decimal VoltageV { get; set; } = 230m;

    /// <summary>Grid frequency in Hz, reported as the Frequency measurand. Default 50.</summary>
    public decimal FrequencyHz { get; set; } = 50m;

    /// <summary>Clock-aligned meter value interval from midnight UTC (1.6 ClockAlignedDataInterval, 2.x AlignedDataCtrlr.Interval); zero turns it off. Default 0.</summary>
    public TimeSpan ClockAlignedDataInterval { get; set; }

    /// <summary>Measurands of periodic samples (1.6 MeterValuesSampledData, 2.x SampledDataCtrlr.TxUpdatedMeasurands). Default energy and power.</summary>
    public IReadOnlyList<string> SampledMeasurands { get; set; } = ["Energy.Active.Import.Register", "Power.Active.Import"];

    /// <summary>Measurands of clock-aligned samples (1.6 MeterValuesAlignedData, 2.x AlignedDataCtrlr.Measurands). Default the energy register.</summary>
    public IReadOnlyList<string> AlignedMeasurands { get; set; } = ["Energy.Active.Import.Register"];

    /// <summary>
    /// Answers DataTransfer requests of the central system: (vendorId, messageId, data) to (status, data), status one
    /// of Accepted, Rejected, UnknownMessageId, UnknownVendorId. Null answers UnknownVendorId to every vendor but
    /// <see cref="Vendor"/>, and UnknownMessageId to that one. Default null.
    /// </summary>
    public Func<string, string?, string?, (string Status, string? Data)>? DataTransferHandler { get; set; }

    /// <summary>How long a simulated firmware download, installation or log upload step takes. Default 2 s.</summary>
    public TimeSpan FileTransferDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Makes firmware updates fail at this step, to exercise a central system's failure paths. Default none.</summary>
    public FirmwareFailure FirmwareFailure { get; set; }

    /// <summary>
    /// A client certificate with its private key for security profile 3 (mutual TLS on wss://); see also
    /// <see cref="ClientCertificatePath"/>. Default null.
    /// </summary>
    public X509Certificate2? ClientCertificate { get; set; }

    /// <summary>A PKCS#12 (.pfx) file with the client certificate and its key, loaded at start. Default null.</summary>
    public string? ClientCertificatePath { get; set; }

    /// <summary>The password of <see cref="ClientCertificatePath"/>. Default null.</summary>
    public string? ClientCertificatePassword { get; set; }

    /// <summary>
    /// The root the central system's TLS certificate must chain to (a private CA). Null trusts the operating
    /// system's roots. Default null.
    /// </summary>
    public X509Certificate2? TrustedCsmsRoot { get; set; }

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

    /// <summary>
    /// Writes a tagged line per frame the station sends and receives (<c>[CHARGER-SEND]</c>, <c>[CHARGER-RECV]</c>,
    /// <c>[OCPP-CALL-SEND]</c>, ...); create it with <see cref="Ocpp.Diagnostics.OcppTraceSide.Charger"/>. One trace
    /// may serve many stations. Default null, which costs one null check per frame.
    /// </summary>
    public Ocpp.Diagnostics.OcppProtocolTrace? ProtocolTrace { get; set; }

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

        if (Phases is not (1 or 3) || VoltageV <= 0 || FrequencyHz <= 0 || ClockAlignedDataInterval < TimeSpan.Zero || FileTransferDelay < TimeSpan.Zero
            || (EvseMaxPowerW?.Any(p => p < 0) ?? false))
        {
            throw new ArgumentOutOfRangeException(nameof(ChargingStationOptions), "Phases must be 1 or 3; voltage and frequency positive; intervals, delays and EVSE ratings not negative.");
        }

        var measurable = Configuration.Measurands.For(Version);
        if (SampledMeasurands.Concat(AlignedMeasurands).FirstOrDefault(m => !measurable.Contains(m)) is { } unknown)
        {
            throw new ArgumentException($"OCPP {Version} stations cannot report '{unknown}'; use {string.Join(", ", measurable)}.", nameof(SampledMeasurands));
        }

        if ((ClientCertificate is not null || ClientCertificatePath is not null) && CsmsUri.Scheme != "wss")
        {
            throw new ArgumentException("A client certificate (security profile 3) needs a wss:// CsmsUri.", nameof(ClientCertificate));
        }

        if (QueueFilePath is not null && string.IsNullOrWhiteSpace(QueueFilePath))
        {
            throw new ArgumentException("QueueFilePath must be null or a file path.", nameof(QueueFilePath));
        }

        Reconnect.Validate();
    }
}
