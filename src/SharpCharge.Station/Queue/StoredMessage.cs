namespace SharpCharge.Station.Queue;

/// <summary>
/// A transaction message as the queue file keeps it: enough to resend it after a restart. <see cref="Payload"/>
/// is the request's JSON as generated; <see cref="TransactionKey"/> is the session's local id, which ties a
/// 1.6 MeterValues or StopTransaction to the id the central system gave its StartTransaction.
/// </summary>
internal sealed record StoredMessage(long Seq, string Action, MessageKind Kind, string TransactionKey, int EvseId, string Payload);
