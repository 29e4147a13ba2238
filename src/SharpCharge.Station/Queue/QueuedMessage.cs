using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Station.Queue;

/// <summary>
/// One message waiting to be sent. <see cref="SendAsync"/> builds the request at send time, so a 1.6
/// StopTransaction queued before its StartTransaction was answered still carries the central system's
/// transaction id, and a 2.x TransactionEvent learns whether it has to say <c>offline: true</c>.
/// </summary>
internal sealed class QueuedMessage(string action, MessageKind kind, string? coalesceKey, Func<OcppConnection, bool, CancellationToken, ValueTask> sendAsync)
{
    public string Action { get; } = action;

    /// <summary>Transaction messages (OCPP-NOTES §1.7) are kept and retried; status reports only keep their latest value.</summary>
    public bool TransactionRelated => Kind is MessageKind.TransactionBoundary or MessageKind.TransactionSample;

    public MessageKind Kind { get; } = kind;

    /// <summary>Messages with the same key replace each other while waiting (status reports of one connector).</summary>
    public string? CoalesceKey { get; } = coalesceKey;

    /// <summary>(connection, offline, token): sends the message and awaits its answer.</summary>
    public Func<OcppConnection, bool, CancellationToken, ValueTask> SendAsync { get; } = sendAsync;

    /// <summary>Set when the message was generated while offline or waited through a disconnect.</summary>
    public bool Offline { get; set; }

    public int FailedAttempts { get; set; }

    /// <summary>
    /// For transaction messages: the request's JSON (written only when a queue file is configured), the session's local id and its EVSE, which the
    /// queue file keeps (<see cref="QueueFileStore"/>) so the message can be resent after a restart. Null for status reports.
    /// </summary>
    public (Func<string> Payload, string TransactionKey, int EvseId)? Durable { get; init; }

    /// <summary>The message's sequence number in the queue file once written there; 0 when it is only in memory.</summary>
    public long StoreSeq { get; set; }
}
