using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Domain.Live;

/// <summary>
/// One live change, whatever the OCPP version that caused it: a flat record so that every kind has the same shape
/// on the event stream and on the wire between cluster nodes. Fields that do not apply to a kind are null.
/// </summary>
internal sealed record LiveEvent(LiveEventKind Kind, string ChargerId, DateTimeOffset At)
{
    /// <summary>"1.6", "2.0.1" or "2.1" (connected).</summary>
    public string? OcppVersion { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    /// <summary>The new connector status (status changed).</summary>
    public ConnectorStatus? Status { get; init; }

    /// <summary>The 1.6 error code that came with the status, when not NoError.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The central system's transaction number (transactions; meter updates inside one).</summary>
    public long? TransactionId { get; init; }

    /// <summary>Active import power now, in kW, when the charger reported it.</summary>
    public decimal? PowerKw { get; init; }

    /// <summary>Energy: the register reading (meter updates) or the session's energy (transactions), in kWh.</summary>
    public decimal? EnergyKwh { get; init; }

    /// <summary>The vehicle's state of charge in percent, when the charger reported it (meter updates).</summary>
    public decimal? SocPercent { get; init; }

    /// <summary>
    /// The 2.x chargingState a transaction event reported (Charging, EVConnected, SuspendedEV, SuspendedEVSE, Idle);
    /// null when the event did not carry one, as chargers send it only when it changes.
    /// </summary>
    public string? ChargingState { get; init; }

    /// <summary>The session's cost once ended (transaction ended).</summary>
    public decimal? Cost { get; init; }

    public string? Currency { get; init; }

    /// <summary>Why the session ended (transaction ended).</summary>
    public string? StopReason { get; init; }
}
