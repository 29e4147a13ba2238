namespace SharpCharge.Simulator.Load;

/// <summary>What each load-mode station sends after its boot, back to back, one CALL outstanding at a time.</summary>
internal enum MessageMix
{
    /// <summary>Heartbeat after heartbeat: the cheapest round trip a central system answers.</summary>
    Heartbeat,

    /// <summary>Meter values for EVSE 1 outside a transaction: parsing, validation and a store write per call.</summary>
    MeterValues,

    /// <summary>Start and stop a transaction, in pairs: the transaction path with its durable writes.</summary>
    StartStop,
}
