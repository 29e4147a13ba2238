namespace SharpCharge.Simulator.Load;

/// <summary>What each load-mode station sends after its boot, back to back, one CALL outstanding at a time.</summary>
internal enum MessageMix
{
    /// <summary>Heartbeat after heartbeat: the cheapest round trip a central system answers.</summary>
    Heartbeat,

    /// <summary>
    /// Ten sampled values per call for a transaction the station opens on EVSE 1 after its boot (1.6 MeterValues,
    /// 2.x TransactionEvent(Updated)): parsing, validation and a durable store write per call.
    /// </summary>
    MeterValues,

    /// <summary>Start and stop a transaction, in pairs: the transaction path with its durable writes.</summary>
    StartStop,
}
