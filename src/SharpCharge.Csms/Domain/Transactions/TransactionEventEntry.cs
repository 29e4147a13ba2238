namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>One stored TransactionEvent; (TransactionId, SeqNo) is unique, which makes replays harmless.</summary>
internal sealed record TransactionEventEntry(
    long TransactionId,
    int SeqNo,
    TransactionEventKind EventType,
    DateTimeOffset Timestamp,
    string TriggerReason,
    bool Offline,
    DateTimeOffset ReceivedAt)
{
    public string? ChargingState { get; init; }

    public string? StoppedReason { get; init; }

    public string? IdToken { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    public int? NumberOfPhasesUsed { get; init; }

    public int? RemoteStartId { get; init; }

    public decimal? CableMaxCurrent { get; init; }

    /// <summary>transactionInfo.timeSpentCharging, in seconds.</summary>
    public int? TimeSpentChargingSeconds { get; init; }
}
