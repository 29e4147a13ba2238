using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// One charging session, whatever the OCPP version. <see cref="Id"/> is the central system's number, unique across
/// the system (1.6 sends it to the charger as transactionId); <see cref="ChargerTransactionId"/> is the charger's
/// own id (2.x, unique per charger; null for 1.6). Meter readings are Wh.
/// </summary>
internal sealed record TransactionRecord(long Id, string ChargerId, TransactionState State, DateTimeOffset StartedAt)
{
    public string? ChargerTransactionId { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    /// <summary>The token that started the session (value as the charger sent it).</summary>
    public string? IdToken { get; init; }

    public string? IdTokenType { get; init; }

    /// <summary>The token presented to stop the session, when one was.</summary>
    public string? StopIdToken { get; init; }

    /// <summary>The authorization answered for <see cref="IdToken"/> when the session started.</summary>
    public IdTokenStatus? AuthorizationStatus { get; init; }

    public int? ReservationId { get; init; }

    public int? RemoteStartId { get; init; }

    /// <summary>
    /// False while the session is known only from a later event (2.x Updated or Ended received before Started):
    /// <see cref="StartedAt"/> and <see cref="MeterStartWh"/> are then the earliest values seen so far.
    /// </summary>
    public bool StartRecorded { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    public decimal? MeterStartWh { get; init; }

    public decimal? MeterStopWh { get; init; }

    /// <summary>The newest energy register reading (Energy.Active.Import.Register, all phases), in Wh.</summary>
    public decimal? LastMeterWh { get; init; }

    public DateTimeOffset? LastMeterAt { get; init; }

    /// <summary>1.6 Reason or 2.x stoppedReason; "Local" when the charger gave none.</summary>
    public string? StopReason { get; init; }

    /// <summary>Meter stop minus meter start, never negative; null while running or when a reading is missing.</summary>
    public decimal? EnergyWh { get; init; }

    /// <summary>Computed when the session ends from the station's tariff; null without a tariff.</summary>
    public decimal? Cost { get; init; }

    public string? Currency { get; init; }

    /// <summary>2.x chargingState (EVConnected, Charging, SuspendedEV, SuspendedEVSE, Idle).</summary>
    public string? ChargingState { get; init; }

    /// <summary>2.x: the highest TransactionEvent seqNo received.</summary>
    public int? LastSeqNo { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
