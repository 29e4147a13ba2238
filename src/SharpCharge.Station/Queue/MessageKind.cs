namespace SharpCharge.Station.Queue;

/// <summary>What a queued message is, which decides how it is kept (OCPP-NOTES §1.7, §4.3).</summary>
internal enum MessageKind
{
    /// <summary>A connector status report: only the newest matters, never retried after a CALLERROR.</summary>
    Status,

    /// <summary>A transaction start or end: kept until delivered or refused <see cref="OutboundQueue.RetryPolicy"/> times.</summary>
    TransactionBoundary,

    /// <summary>A meter sample of a transaction: kept and retried like a boundary, but dropped first when the queue is full.</summary>
    TransactionSample,

    /// <summary>Anything else the station reports (firmware and log status, reports, idle meter values): sent once, dropped first.</summary>
    Notification,
}
