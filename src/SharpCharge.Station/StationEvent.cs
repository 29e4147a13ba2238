using SharpCharge.Station.Model;

namespace SharpCharge.Station;

/// <summary>
/// Something that happened to a station, for user interfaces, logs and tests. Only the fields that belong to
/// <see cref="Kind"/> are set: an EVSE and connector for status changes, a transaction id for sessions, the
/// action for queued messages, a text for failures and answers.
/// </summary>
public sealed record StationEvent(StationEventKind Kind, DateTimeOffset Timestamp)
{
    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    public ConnectorStatus? Status { get; init; }

    public string? TransactionId { get; init; }

    public string? Action { get; init; }

    public string? Detail { get; init; }

    /// <summary>For <see cref="StationEventKind.ConnectFailed"/>: the wait before the next attempt.</summary>
    public TimeSpan? RetryIn { get; init; }
}
