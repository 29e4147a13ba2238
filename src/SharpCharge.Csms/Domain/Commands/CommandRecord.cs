namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// One command in the history: who asked, when, what was sent, what the charger answered, how long it took, and the
/// status notifications that followed (firmware, log, reservation).
/// </summary>
internal sealed record CommandRecord(long Id, string ChargerId, string Command, string RequestedBy, DateTimeOffset RequestedAt, CommandOutcome Outcome)
{
    public string? OcppVersion { get; init; }

    public string? OcppAction { get; init; }

    public string? RequestPayload { get; init; }

    public string? ResponsePayload { get; init; }

    /// <summary>The charger's status word (e.g. Accepted, Rejected, Unlocked).</summary>
    public string? Status { get; init; }

    /// <summary>The CALLERROR code, when the charger answered with one.</summary>
    public string? ErrorCode { get; init; }

    public string? Detail { get; init; }

    public long? DurationMs { get; init; }

    /// <summary>The id the follow-up notifications carry (requestId, reservationId).</summary>
    public int? RequestId { get; init; }

    /// <summary>The central system's id of the session the command started or stopped.</summary>
    public long? TransactionId { get; init; }

    public string? FollowUpStatus { get; init; }

    public DateTimeOffset? FollowUpAt { get; init; }
}
