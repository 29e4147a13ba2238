namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>One command of the history: who asked, when, what was sent, the answer, how long it took and what followed.</summary>
internal sealed record CommandView(long Id, string ChargerId, string Command, string RequestedBy, DateTimeOffset RequestedAt, string Outcome)
{
    public string? OcppVersion { get; init; }

    public string? OcppAction { get; init; }

    /// <summary>The OCPP request payload sent, as JSON text.</summary>
    public string? Request { get; init; }

    /// <summary>The charger's answer payload, as JSON text.</summary>
    public string? Response { get; init; }

    public string? ChargerStatus { get; init; }

    public string? ErrorCode { get; init; }

    public string? Detail { get; init; }

    public long? DurationMs { get; init; }

    public int? RequestId { get; init; }

    public long? TransactionId { get; init; }

    public string? FollowUpStatus { get; init; }

    public DateTimeOffset? FollowUpAt { get; init; }
}
