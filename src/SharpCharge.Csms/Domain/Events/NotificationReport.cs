namespace SharpCharge.Csms.Domain.Events;

/// <summary>
/// A report or notification to keep: its raw JSON payload plus the fields that tie multi-part reports together
/// (requestId, seqNo, tbc, generatedAt), when the message has them.
/// </summary>
internal sealed record NotificationReport(string ChargerId, ChargerNotificationKind Kind, string PayloadJson)
{
    public int? RequestId { get; init; }

    public int? SeqNo { get; init; }

    /// <summary>"To be continued": more parts of this report follow.</summary>
    public bool? Tbc { get; init; }

    public DateTimeOffset? GeneratedAt { get; init; }
}
