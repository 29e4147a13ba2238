using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>A 2.0.1 / 2.1 TransactionEventRequest in version-neutral terms.</summary>
internal sealed record TransactionEventReport(
    string ChargerId,
    TransactionEventKind EventType,
    string TransactionId,
    DateTimeOffset Timestamp,
    string TriggerReason,
    int SeqNo)
{
    public bool Offline { get; init; }

    public int? NumberOfPhasesUsed { get; init; }

    public decimal? CableMaxCurrent { get; init; }

    public int? ReservationId { get; init; }

    /// <summary>transactionInfo.chargingState.</summary>
    public string? ChargingState { get; init; }

    /// <summary>transactionInfo.timeSpentCharging, in seconds.</summary>
    public int? TimeSpentChargingSeconds { get; init; }

    /// <summary>transactionInfo.stoppedReason; absent on Ended means Local.</summary>
    public string? StoppedReason { get; init; }

    public int? RemoteStartId { get; init; }

    public IdToken? IdToken { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    /// <summary>The meterValue entries, flattened to samples (each with its meterValue timestamp).</summary>
    public IReadOnlyList<MeterSample> MeterValues { get; init; } = [];
}
